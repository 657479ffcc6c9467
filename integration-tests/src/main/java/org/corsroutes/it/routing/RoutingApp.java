package org.corsroutes.it.routing;

import org.corsroutes.it.AuthFilter;
import org.corsroutes.runtime.CorsFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Resources whose routes overlap the way real applications' do, where a second opinion about
 * routing gives the wrong CORS answer: a class template that captures another class's paths,
 * a literal sub-resource template next to a variable one, matrix parameters. Served on its own
 * server: its {@code /{type}} root would take paths of the sample API.
 */
public class RoutingApp extends ResourceConfig {
  public static final String ADMIN = "https://admin.example.com";
  public static final String PARTNER = "https://partner.example.com";
  public static final String APP = "https://app.example.com";

  public RoutingApp() {
    register(UserProfiles.class);
    register(TypeProfiles.class);
    register(Follows.class);
    register(Uploads.class);
    register(AuthFilter.class);
    register(new CorsFeature());
    property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }
}
