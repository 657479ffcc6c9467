package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corsroutes.it.security.LegacyHeadersResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients at once, each request with an origin of its own where the policy allows it
 * ({@code https://c<client>-<n>.example.net} on the pattern route) and the shared allowed and
 * refused origins elsewhere, on the same and on different routes, preflights and actual
 * requests mixed: every response's CORS headers must be its own request's, exactly. Bounded by
 * {@link #REQUESTS_PER_CLIENT} and {@link #BUDGET_MILLIS}; the counts are printed.
 */
class ConcurrentOriginsTest {
  private static final int CLIENTS = 16;
  private static final int REQUESTS_PER_CLIENT = 2_500;
  private static final long BUDGET_MILLIS = 20_000;

  @RegisterExtension static final RunningServer server = RunningServer.of(() -> {
    SampleApp app = new SampleApp();
    app.register(LegacyHeadersResource.class);
    return app;
  });

  private final Queue<String> failures = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> counts = new TreeMap<>();

  /** What a request expects back: its status and exactly these Access-Control-* headers. */
  private record Expected(int status, String... corsHeaders) {}

  @Test
  void everyResponseCarriesTheCorsHeadersOfItsOwnRequest() throws Exception {
    for (String kind : List.of("pattern origin", "pattern preflight", "users origin",
        "users preflight", "refused", "refused preflight", "public", "partner", "legacy",
        "no origin")) {
      counts.put(kind, new AtomicInteger());
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(clients.submit(() -> run(client, deadline)));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(BUDGET_MILLIS + 60_000, TimeUnit.MILLISECONDS);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("concurrent origins: %d requests from %d clients in %d ms: %s%n", total,
          CLIENTS, millis, counts);
      List<String> first = failures.stream().limit(20).toList();
      assertTrue(failures.isEmpty(), failures.size() + " of " + total + " responses were not"
          + " their own request's:\n" + String.join("\n", first));
      assertTrue(total >= 2_000, "only " + total + " requests within the budget");
    } finally {
      clients.shutdownNow();
    }
  }

  private int run(int client, long deadline) {
    int n = 0;
    while (n < REQUESTS_PER_CLIENT && System.nanoTime() < deadline && failures.size() < 20) {
      oneRequest(client, n++);
    }
    return n;
  }

  private void oneRequest(int client, int n) {
    String unique = "https://c" + client + "-" + n + ".example.net";
    String refused = "https://c" + client + "-" + n + ".evil.example";
    String usersOrigin = (client + n) % 2 == 0 ? Origins.APP : Origins.ADMIN;
    int kind = (client * 7 + n) % 10;
    String what;
    RunningServer.Call call;
    Expected expected;
    switch (kind) {
      case 0 -> {
        what = "pattern origin";
        call = server.get("/api/widgets/" + (n % 3)).origin(unique);
        expected = new Expected(200, "Access-Control-Allow-Origin", unique);
      }
      case 1 -> {
        what = "pattern preflight";
        call = server.preflight("/api/widgets", unique, "GET", "x-c" + client);
        expected = new Expected(204, "Access-Control-Allow-Origin", unique,
            "Access-Control-Allow-Methods", "GET", "Access-Control-Allow-Headers", "x-c" + client,
            "Access-Control-Max-Age", "1800");
      }
      case 2 -> {
        what = "users origin";
        call = server.get("/api/users/" + (1 + n % 2)).origin(usersOrigin).authorized();
        expected = new Expected(200, "Access-Control-Allow-Origin", usersOrigin,
            "Access-Control-Allow-Credentials", "true",
            "Access-Control-Expose-Headers", "X-Request-Id");
      }
      case 3 -> {
        what = "users preflight";
        call = server.preflight("/api/users/7", usersOrigin, "PUT", "content-type");
        expected = new Expected(204, "Access-Control-Allow-Origin", usersOrigin,
            "Access-Control-Allow-Credentials", "true",
            "Access-Control-Allow-Methods", "GET, PUT, DELETE",
            "Access-Control-Allow-Headers", "Authorization, Content-Type",
            "Access-Control-Max-Age", "1800");
      }
      case 4 -> {
        what = "refused";
        String path = n % 2 == 0 ? "/api/users/1" : "/api/widgets";
        call = server.get(path).origin(refused).authorized();
        expected = new Expected(403);
      }
      case 5 -> {
        what = "refused preflight";
        call = server.preflight("/api/widgets", refused, "GET", null);
        expected = new Expected(403);
      }
      case 6 -> {
        what = "public";
        call = server.get("/api/health").origin(unique);
        expected = new Expected(200, "Access-Control-Allow-Origin", "*");
      }
      case 7 -> {
        what = "partner";
        call = server.get("/api/partners").origin(Origins.PARTNER);
        expected = new Expected(200, "Access-Control-Allow-Origin", Origins.PARTNER);
      }
      case 8 -> {
        what = "legacy";
        call = server.get("/api/legacy").origin(Origins.APP);
        expected = new Expected(200, "Access-Control-Allow-Origin", Origins.APP);
      }
      default -> {
        what = "no origin";
        call = server.get("/api/widgets");
        expected = new Expected(200);
      }
    }
    counts.get(what).incrementAndGet();
    check(what + " (client " + client + ", request " + n + ")", call.send(), expected);
  }

  private void check(String what, HttpResponse<String> response, Expected expected) {
    Map<String, String> cors = new TreeMap<>();
    response.headers().map().forEach((name, values) -> {
      if (name.toLowerCase().startsWith("access-control-")) {
        cors.put(name.toLowerCase(), String.join(" | ", values));
      }
    });
    Map<String, String> wanted = new TreeMap<>();
    for (int i = 0; i < expected.corsHeaders().length; i += 2) {
      wanted.put(expected.corsHeaders()[i].toLowerCase(), expected.corsHeaders()[i + 1]);
    }
    if (response.statusCode() != expected.status() || !Objects.equals(cors, wanted)) {
      failures.add(what + ": " + response.statusCode() + " " + cors + ", expected "
          + expected.status() + " " + wanted);
    }
  }
}
