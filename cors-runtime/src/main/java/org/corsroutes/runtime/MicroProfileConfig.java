package org.corsroutes.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;

/**
 * CorsFeature's options from MicroProfile Config, where the application has it (Quarkus's
 * {@code application.properties}, and other MicroProfile servers): Quarkus REST hands features
 * an empty {@code Configuration}, so there the application's configuration is only reachable
 * this way. Found reflectively, so cors-runtime still depends on nothing but Jakarta REST.
 */
final class MicroProfileConfig {
  private static final String PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";
  private static final String CONFIG = "org.eclipse.microprofile.config.Config";

  /** Where nothing is configured: no MicroProfile Config here. */
  static final Function<String, Object> NONE = name -> null;

  private MicroProfileConfig() {}

  /**
   * The application's MicroProfile Config as a lookup of string values (null: not set), from the
   * first of {@code loaders} that sees the API; {@link #NONE} where none does, or where the API
   * has no implementation.
   */
  static Function<String, Object> lookup(ClassLoader... loaders) {
    for (ClassLoader loader : loaders) {
      if (loader == null) {
        continue;
      }
      Class<?> provider;
      Method getOptionalValue;
      try {
        provider = Class.forName(PROVIDER, true, loader);
        getOptionalValue = Class.forName(CONFIG, false, loader)
            .getMethod("getOptionalValue", String.class, Class.class);
      } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
        continue; // not on this loader
      }
      Object config;
      try {
        config = provider.getMethod("getConfig").invoke(null);
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return NONE; // the API without an implementation: nothing is configured there
      }
      return name -> {
        try {
          return ((Optional<?>) getOptionalValue.invoke(config, name, String.class)).orElse(null);
        } catch (InvocationTargetException e) {
          throw new CorsStartupException("CORS Routes: cannot read " + name
              + " from MicroProfile Config: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      };
    }
    return NONE;
  }
}
