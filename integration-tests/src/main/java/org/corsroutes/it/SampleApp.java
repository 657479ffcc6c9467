package org.corsroutes.it;

import org.corsroutes.runtime.CorsFeature;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample application as a real one would be wired: resources, an authentication filter,
 * an exception mapper, JSON, and {@link CorsFeature}, which finds the generated route tables
 * by itself. Runtime options go in as properties, e.g.
 * {@code new SampleApp().property("corsroutes.refusedRequests", "pass")}.
 */
public class SampleApp extends ResourceConfig {

  public SampleApp() {
    this(true);
  }

  /**
   * The same application with or without {@link CorsFeature}; without it is the baseline the
   * benchmarks measure the feature's cost against.
   */
  public SampleApp(boolean withCors) {
    // Application state through a property: plain Jakarta REST, no container-specific binder.
    property(UserDirectory.PROPERTY, new UserDirectory());
    register(UsersResource.class);
    register(AdminResource.class);
    register(HealthResource.class);
    register(PartnersResource.class);
    register(WidgetsResource.class);
    register(MetaResource.class);
    register(OrdersResource.class);
    register(EchoResource.class);

    register(AuthFilter.class);
    register(UserNotFoundMapper.class);
    register(JacksonFeature.class);
    if (withCors) {
      register(new CorsFeature());
    }

    // No JAXB on the class path: WADL would only log a warning at every start.
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
