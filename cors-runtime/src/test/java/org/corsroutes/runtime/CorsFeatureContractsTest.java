package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CorsFeature through a FeatureContext that implements only what Quarkus REST's does
 * ({@code register(Object)} and {@code register(Object, int)}; contract maps throw), and the
 * two ways a server may bind methods: through the {@link CorsBinder} the feature registers
 * (Jersey, RESTEasy), through the feature's own DynamicFeature contract (Quarkus REST, which
 * drops a DynamicFeature a Feature registers), or both.
 */
class CorsFeatureContractsTest {

  @Test
  void registersEachFilterWithOnePriority() {
    RecordingContext application = new RecordingContext(new HashMap<>());
    assertTrue(CorsFeature.of(new ServiceLoadedTable()).configure(application));

    assertInstanceOf(PreflightFilter.class, application.components.get(0));
    assertEquals(CorsFeature.PRIORITY, application.priorities.get(0));
    assertInstanceOf(CorsBinder.class, application.components.get(1));
    assertSame(application.components.get(1), application.properties.get(CorsFeature.BINDER));
  }

  @Test
  void aSecondFeatureAddsNothingWhereTheServerNeverReportsItRegistered() {
    // Quarkus REST: one configuration for every feature, isRegistered always false.
    Map<String, Object> shared = new HashMap<>();
    RecordingContext first = new RecordingContext(shared);
    assertTrue(new CorsFeature().configure(first));
    RecordingContext second = new RecordingContext(shared);

    assertFalse(CorsFeature.of(new ServiceLoadedTable()).preflightStatus(200).configure(second));
    assertEquals(List.of(), second.components);
    assertSame(first.components.get(1), shared.get(CorsFeature.BINDER));
  }

  @Test
  void theFeatureBindsWhereTheServerDropsTheRegisteredBinder() throws Exception {
    RecordingContext application = new RecordingContext(new HashMap<>());
    CorsFeature.of(new ServiceLoadedTable()).configure(application);
    RecordingContext method = new RecordingContext(application.properties);

    // Another instance, as a server makes from the registered class: the binder is found in
    // the application's configuration.
    new CorsFeature().configure(loadedGet(), method);

    assertEquals(1, method.components.size());
    assertInstanceOf(ActualRequestFilter.class, method.components.get(0));
    assertEquals(CorsFeature.PRIORITY, method.priorities.get(0));
  }

  @Test
  void aServerCallingBothContractsBindsEachMethodOnce() throws Exception {
    CorsFeature feature = CorsFeature.of(new ServiceLoadedTable());
    RecordingContext application = new RecordingContext(new HashMap<>());
    feature.configure(application);
    CorsBinder binder = (CorsBinder) application.components.get(1);
    RecordingContext method = new RecordingContext(application.properties);

    ResourceInfo get = loadedGet();
    binder.configure(get, method);
    feature.configure(get, method);
    assertEquals(1, method.components.size());

    // The same Java method at another place in the resource tree is bound there too.
    feature.configure(loadedGet(), method);
    assertEquals(2, method.components.size());
  }

  private static ResourceInfo loadedGet() throws NoSuchMethodException {
    Method get = CorsFeatureJerseyTest.LoadedResource.class.getMethod("get");
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return get;
      }

      @Override
      public Class<?> getResourceClass() {
        return CorsFeatureJerseyTest.LoadedResource.class;
      }
    };
  }

  /** Records what is registered; throws where Quarkus REST's FeatureContextImpl throws. */
  static final class RecordingContext implements FeatureContext {
    final Map<String, Object> properties;
    final List<Object> components = new ArrayList<>();
    final List<Integer> priorities = new ArrayList<>();
    private final Configuration configuration;

    RecordingContext(Map<String, Object> properties) {
      this.properties = properties;
      this.configuration = (Configuration) Proxy.newProxyInstance(
          Configuration.class.getClassLoader(), new Class<?>[] {Configuration.class},
          (proxy, m, args) -> switch (m.getName()) {
            case "getProperty" -> properties.get((String) args[0]);
            case "getProperties" -> properties;
            case "getClasses", "getInstances" -> Set.of();
            case "isRegistered", "isEnabled" -> false;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> null;
          });
    }

    @Override
    public Configuration getConfiguration() {
      return configuration;
    }

    @Override
    public FeatureContext property(String name, Object value) {
      properties.put(name, value);
      return this;
    }

    @Override
    public FeatureContext register(Object component) {
      components.add(component);
      priorities.add(null);
      return this;
    }

    @Override
    public FeatureContext register(Object component, int priority) {
      components.add(component);
      priorities.add(priority);
      return this;
    }

    @Override
    public FeatureContext register(Class<?> componentClass) {
      throw new UnsupportedOperationException("not needed here");
    }

    @Override
    public FeatureContext register(Class<?> componentClass, int priority) {
      throw new UnsupportedOperationException("not needed here");
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Object component, Class<?>... contracts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
      throw new UnsupportedOperationException();
    }
  }
}
