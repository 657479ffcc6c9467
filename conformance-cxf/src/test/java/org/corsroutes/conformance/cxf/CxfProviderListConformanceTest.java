package org.corsroutes.conformance.cxf;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.corsroutes.conformance.CorsConformanceSuite;
import org.corsroutes.conformance.ServerTrait;
import org.corsroutes.conformance.sample.ConformanceApplication;
import org.corsroutes.runtime.CorsFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The suite against CXF set up the other way its users do, without an {@code Application}:
 * resource classes and a provider list on {@link JAXRSServerFactoryBean} (what
 * {@code <jaxrs:providers>} does in Spring XML), with a {@link CorsFeature} instance among the
 * providers.
 */
class CxfProviderListConformanceTest extends CorsConformanceSuite {
  private static CxfServer server;

  @BeforeAll
  static void start() throws IOException {
    List<Class<?>> resources = new ArrayList<>();
    List<Object> providers = new ArrayList<>();
    for (Class<?> type : new ConformanceApplication().getClasses()) {
      if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        resources.add(type);
      } else if (type != CorsFeature.class) {
        providers.add(newInstance(type));
      }
    }
    providers.add(new CorsFeature());
    JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
    factory.setResourceClasses(resources);
    factory.setProviders(providers);
    server = CxfServer.start(factory);
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Override
  protected URI baseUri() {
    return server.uri();
  }

  @Override
  protected Set<ServerTrait> traits() {
    return EnumSet.of(ServerTrait.CONTAINER_500_SHOWS_EXCEPTION_MESSAGE);
  }
}
