package org.corsroutes.conformance.quarkus.configured;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import org.corsroutes.conformance.ConfiguredApplicationConformance;

/**
 * The sample as a Quarkus deployment configures it (CorsFeature's options in
 * application.properties, the catch-all mapper among the application's providers), on Quarkus
 * REST: the packaged jar, started on 127.0.0.1 and a free port and stopped after the tests.
 */
@QuarkusIntegrationTest
class QuarkusConfiguredApplicationIT extends ConfiguredApplicationConformance {
  @TestHTTPResource("/")
  URI base;

  @Override
  protected URI baseUri() {
    return base;
  }
}
