package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The processor's JSON route report is in the class output, where the demo prints it from. */
class RouteReportTest {
  private static final String REPORT = SampleServer.routeReport();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "/api/users", "/api/users/{id}", "/api/health", "/api/admin/audit",
      "/api/admin/users/{id}", "/api/partners", "/api/widgets", "/api/widgets/{id: [0-9]+}",
      "/api/orders", "/api/orders/{id}", "/api/orders/{id}/notes"})
  void everyRouteWithAPolicyIsReported(String path) {
    assertTrue(REPORT.contains("\"path\": \"" + path + "\""), "route report lists " + path + ":\n" + REPORT);
  }

  @Test
  void composedPolicyAndPlaceholderAreReportedAsWritten() {
    assertTrue(REPORT.contains("(@AdminCors)"), "route report names @AdminCors:\n" + REPORT);
    assertTrue(REPORT.contains("\"${PARTNER_ORIGINS}\""), "route report keeps ${PARTNER_ORIGINS}:\n" + REPORT);
  }

  @Test
  void routeWithoutPolicyIsNotReported() {
    assertFalse(REPORT.contains("/api/meta"), "route report must not list /api/meta:\n" + REPORT);
  }
}
