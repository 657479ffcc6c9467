package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the main job (SampleServer.main) tells a person: its routes, and a port that is taken. */
class MainJobTest {

  @BeforeAll
  static void partnerOrigins() {
    System.setProperty(SampleServer.PARTNER_ORIGINS, Origins.PARTNER);
  }

  @Test
  void theRouteTableHasOneLinePerPathAndPolicyInPlainWords() {
    List<String> lines = RouteSummary.lines(SampleServer.routeReport(),
        origin -> origin.equals("${PARTNER_ORIGINS}") ? origin + " = " + Origins.PARTNER : origin);
    assertTrue(lines.stream().anyMatch(l -> l.matches("GET, POST +/api/users +https://app\\.example\\.com,"
        + " https://admin\\.example\\.com, with credentials")), () -> String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.matches("GET +/api/health +any origin \\(\\*\\)")),
        () -> String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.matches(
        "GET +/api/partners +\\$\\{PARTNER_ORIGINS\\} = " + Origins.PARTNER)),
        () -> String.join("\n", lines));
    assertEquals(1, lines.stream().filter(l -> l.contains(" /api/users/{id} ")).count(),
        () -> "GET, PUT and DELETE share one policy, so one line:\n" + String.join("\n", lines));
  }

  @Test
  void aTakenApiPortIsNamedWithTheOptionThatChoosesAnother() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      RuntimeException e = assertThrows(SampleServer.PortInUseException.class,
          () -> SampleServer.startDemoApi(port).stop());
      assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("-Dport="),
          e.getMessage());
    }
  }

  @Test
  void aTakenDemoPagePortIsNamedWithTheOptionThatChoosesAnother() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      RuntimeException e = assertThrows(SampleServer.PortInUseException.class,
          () -> SampleServer.startDemoPage(port, "http://127.0.0.1:1").close());
      assertTrue(e.getMessage().contains("127.0.0.1:" + port)
          && e.getMessage().contains("-Ddemo.port="), e.getMessage());
    }
  }
}
