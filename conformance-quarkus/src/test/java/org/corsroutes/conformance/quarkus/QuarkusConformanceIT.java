package org.corsroutes.conformance.quarkus;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import org.corsroutes.conformance.CorsConformanceSuite;

/**
 * The suite against the sample application on Quarkus REST: the jar the Quarkus Maven plugin
 * packaged, started by Quarkus's integration-test support on 127.0.0.1 and a free port
 * (application.properties) and stopped after the tests.
 */
@QuarkusIntegrationTest
class QuarkusConformanceIT extends CorsConformanceSuite {
  @TestHTTPResource("/")
  URI base;

  @Override
  protected URI baseUri() {
    return base;
  }
}
