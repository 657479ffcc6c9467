package org.corsroutes.conformance.sample;

import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.corsroutes.conformance.sample.catalog.CatalogResource;
import org.corsroutes.runtime.CorsFeature;

/**
 * The sample application in plain Jakarta REST, so every server deploys it the same way: its
 * resources, its providers and {@link CorsFeature}, which finds the generated route tables.
 */
public class ConformanceApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ShopOrdersResource.class,
        AccountResource.class,
        AdminResource.class,
        PartnersResource.class,
        WidgetsResource.class,
        PublicResource.class,
        CapabilitiesResource.class,
        PlainResource.class,
        ProbeResource.class,
        FaultsResource.class,
        CatalogResource.class,
        AuthFilter.class,
        OrderNotFoundMapper.class,
        LegacyCorsHeadersFilter.class,
        CorsFeature.class);
  }
}
