package org.corsroutes.runtime;

import java.util.List;

/** Stands in for a generated table; listed in META-INF/services like the processor does. */
public final class ServiceLoadedTable implements CorsRouteTable {
  static final CorsPolicy POLICY =
      CorsPolicy.declaredOn("org.x.Loaded").origins("https://loaded.example.com").build();

  @Override
  public CorsResource resource() {
    return CorsResource.root("/loaded/{id}", CorsFeatureJerseyTest.LoadedResource.class.getName())
        .routes(CorsRoute.withoutPath().bind("GET", POLICY, "GET get()").build())
        .build();
  }
}
