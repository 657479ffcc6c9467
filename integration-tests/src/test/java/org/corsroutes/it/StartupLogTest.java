package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line CorsFeature logs at startup says what it loaded: the README quotes it. */
class StartupLogTest {
  @Test
  void theSampleApiSaysWhatItLoaded() {
    System.setProperty(SampleServer.PARTNER_ORIGINS, Origins.PARTNER);
    List<String> lines;
    try (LogCapture log = new LogCapture()) {
      SampleServer.start("127.0.0.1", 0, RunningServer.app(Map.of())).stop();
      lines = log.take();
    }
    // 24 tables on the test class path (the demo's, the security tests', the routing tests'),
    // 8 of them the sample's own resources.
    assertEquals(List.of("CORS Routes: 8 of 24 route tables apply to this application: 13 routes"
        + " with 18 resource methods, 7 policies; refused requests: forbid, preflight status: 204,"
        + " refusal body: plain"), lines);
  }
}
