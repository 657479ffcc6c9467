package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Many clients at once ({@link MixedTraffic}: an origin of its own per request where the policy
 * allows one, the shared allowed and refused origins elsewhere, the same and different routes,
 * preflights and actual requests mixed): every response's CORS headers must be exactly its own
 * request's. Bounded by {@link #REQUESTS_PER_CLIENT} and {@link #BUDGET_MILLIS}; the counts
 * are printed.
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

  @Test
  void everyResponseCarriesTheCorsHeadersOfItsOwnRequest() throws Exception {
    MixedTraffic traffic = new MixedTraffic(server.origin());
    MixedTraffic.KINDS.forEach(kind -> counts.put(kind, new AtomicInteger()));
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(clients.submit(() -> run(traffic, client, deadline)));
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

  private int run(MixedTraffic traffic, int client, long deadline) {
    int n = 0;
    while (n < REQUESTS_PER_CLIENT && System.nanoTime() < deadline && failures.size() < 20) {
      MixedTraffic.Case request = traffic.next(client, n++);
      counts.get(request.kind()).incrementAndGet();
      String mismatch = request.mismatch(request.call().send());
      if (mismatch != null) {
        failures.add(request.kind() + " (client " + client + ", request " + n + "): " + mismatch);
      }
    }
    return n;
  }
}
