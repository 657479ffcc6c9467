package org.corsroutes.differential.truth.resteasy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.corsroutes.differential.Invoked;
import org.jboss.resteasy.mock.MockDispatcherFactory;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.Dispatcher;
import org.jboss.resteasy.spi.metadata.FieldParameter;
import org.jboss.resteasy.spi.metadata.ResourceClass;
import org.jboss.resteasy.spi.metadata.ResourceConstructor;
import org.jboss.resteasy.spi.metadata.ResourceLocator;
import org.jboss.resteasy.spi.metadata.ResourceMethod;
import org.jboss.resteasy.spi.metadata.SetterParameter;

/**
 * One resource set deployed on RESTEasy in memory: resteasy-core's mock dispatcher, fed
 * requests for {@code http://localhost/} + the raw path with an empty context path, the way its
 * servlet integration builds them. Loaded only in RESTEasy's own class loader; speaks to the
 * harness in JDK types: {@code apply(method, rawPath)} gives "status TAB trail".
 *
 * <p>RESTEasy registers a class's methods in {@code Class.getMethods()} order, which differs
 * between JVM runs, and where two templates rank equal the first registered wins. So the order
 * is fixed here, by method name, or reversed (and the roots registered in reverse) when asked:
 * an answer that changes with the order is one RESTEasy picks arbitrarily.
 */
public final class ResteasyOracle implements BiFunction<String, String, String>, AutoCloseable {
  private final Dispatcher dispatcher;

  public ResteasyOracle(ClassLoader setLoader, List<String> rootClassNames, Boolean reversed)
      throws ClassNotFoundException {
    dispatcher = MockDispatcherFactory.createDispatcher();
    Comparator<ResourceLocator> order = Comparator.comparing(
        (ResourceLocator m) -> m.getMethod().getName(),
        ResteasyOracle::compareNames);
    Comparator<ResourceLocator> chosen = reversed ? order.reversed() : order;
    dispatcher.getProviderFactory().getResourceBuilder()
        .registerResourceClassProcessor(c -> new Ordered(c, chosen), 0);
    List<String> roots = new ArrayList<>(rootClassNames);
    if (reversed) {
      Collections.reverse(roots);
    }
    for (String name : roots) {
      dispatcher.getRegistry().addPerRequestResource(Class.forName(name, true, setLoader));
    }
  }

  /** "get12" after "loc3": by the number the generator gave, which is declaration order. */
  private static int compareNames(String a, String b) {
    int c = Integer.compare(number(a), number(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int number(String name) {
    int i = name.length();
    while (i > 0 && Character.isDigit(name.charAt(i - 1))) {
      i--;
    }
    return i == name.length() ? -1 : Integer.parseInt(name.substring(i));
  }

  @Override
  public String apply(String method, String rawPath) {
    Invoked.take();
    MockHttpRequest request =
        MockHttpRequest.create(method, "http://localhost/" + rawPath, null, "");
    MockHttpResponse response = new MockHttpResponse();
    dispatcher.invoke(request, response);
    return response.getStatus() + "\t" + String.join(",", Invoked.take());
  }

  @Override
  public void close() {
    // Nothing to stop: the dispatcher holds no threads, and its class loader is dropped.
  }

  /** A resource class whose methods and locators come in a fixed order. */
  private record Ordered(ResourceClass c, Comparator<ResourceLocator> order)
      implements ResourceClass {
    @Override
    public String getPath() {
      return c.getPath();
    }

    @Override
    public Class<?> getClazz() {
      return c.getClazz();
    }

    @Override
    public ResourceConstructor getConstructor() {
      return c.getConstructor();
    }

    @Override
    public FieldParameter[] getFields() {
      return c.getFields();
    }

    @Override
    public SetterParameter[] getSetters() {
      return c.getSetters();
    }

    @Override
    public ResourceMethod[] getResourceMethods() {
      ResourceMethod[] out = c.getResourceMethods().clone();
      Arrays.sort(out, order);
      return out;
    }

    @Override
    public ResourceLocator[] getResourceLocators() {
      ResourceLocator[] out = c.getResourceLocators().clone();
      Arrays.sort(out, order);
      return out;
    }
  }
}
