package org.corsroutes.conformance.quarkus.configured;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.corsroutes.runtime.CorsFeature;

/**
 * CorsFeature in a Quarkus application without an {@code Application} class: Quarkus REST
 * registers the {@code @Provider} classes it finds at build time, and CorsFeature, a library
 * class, carries no {@code @Provider}. Both contracts, since Quarkus REST applies only the
 * dynamic features it finds itself. The options come from {@code application.properties}.
 */
@Provider
public class CorsRoutes implements Feature, DynamicFeature {
  private final CorsFeature cors = new CorsFeature();

  @Override
  public boolean configure(FeatureContext context) {
    return cors.configure(context);
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    cors.configure(resourceInfo, context);
  }
}
