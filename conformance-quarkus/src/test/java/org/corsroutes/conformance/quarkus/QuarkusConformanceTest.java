package org.corsroutes.conformance.quarkus;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.corsroutes.conformance.CorsConformanceSuite;

/**
 * The suite against the sample application on Quarkus REST, built and started by Quarkus's test
 * mode on 127.0.0.1 and a free port (application.properties), stopped by it after the tests.
 */
@QuarkusTest
class QuarkusConformanceTest extends CorsConformanceSuite {
  @TestHTTPResource("/")
  URI base;

  @Override
  protected URI baseUri() {
    return base;
  }
}
