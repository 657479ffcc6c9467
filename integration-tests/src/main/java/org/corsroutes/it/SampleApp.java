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
    UserDirectory users = new UserDirectory();
    register(new UsersResource(users));
    register(new AdminResource(users));
    register(HealthResource.class);
    register(PartnersResource.class);
    register(WidgetsResource.class);
    register(MetaResource.class);

    register(AuthFilter.class);
    register(UserNotFoundMapper.class);
    register(JacksonFeature.class);
    register(new CorsFeature());

    // No JAXB on the class path: WADL would only log a warning at every start.
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
