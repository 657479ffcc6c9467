package org.corsroutes.it;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.corsroutes.it.security.LegacyHeadersResource;

/**
 * The soak (not a test, not in CI): {@link MixedTraffic} against the sample API for
 * {@code -Dsoak.requests} requests from {@code -Dsoak.clients} clients, then the heap after a
 * full GC before and after. Run by {@code integration-tests/soak.sh}; exits 1 when a response
 * was not its own request's or when the heap after GC grew by more than
 * {@code -Dsoak.maxGrowthMiB}.
 */
public final class Soak {
  private Soak() {}

  public static void main(String[] args) throws Exception {
    long requests = Long.getLong("soak.requests", 500_000);
    int clients = Integer.getInteger("soak.clients", 8);
    long maxGrowth = Long.getLong("soak.maxGrowthMiB", 8) << 20;
    System.setProperty(SampleServer.PARTNER_ORIGINS, Origins.PARTNER);
    SampleApp app = new SampleApp();
    app.register(LegacyHeadersResource.class);
    try (SampleServer server = SampleServer.start("127.0.0.1", 0, app)) {
      MixedTraffic traffic = new MixedTraffic(server.origin());
      run(traffic, clients, Math.min(20_000, requests)); // warm-up: JIT, pools, caches
      long before = heapAfterGc();
      long start = System.nanoTime();
      long wrong = run(traffic, clients, requests);
      double seconds = (System.nanoTime() - start) / 1e9;
      long after = heapAfterGc();
      System.out.printf("soak: %d requests from %d clients in %.0f s (%.0f/s), %d not their"
              + " own request's; heap after full GC: %.1f MiB before, %.1f MiB after"
              + " (%+.1f MiB); java %s%n",
          requests, clients, seconds, requests / seconds, wrong, before / 1048576.0,
          after / 1048576.0, (after - before) / 1048576.0, System.getProperty("java.version"));
      if (wrong > 0 || after - before > maxGrowth) {
        System.exit(1);
      }
    }
    System.exit(0);
  }

  /** Sends {@code requests} requests from {@code clients} threads; the mismatches. */
  private static long run(MixedTraffic traffic, int clients, long requests) throws Exception {
    AtomicLong next = new AtomicLong();
    AtomicLong wrong = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(pool.submit(() -> {
          for (long n; (n = next.getAndIncrement()) < requests; ) {
            MixedTraffic.Case request = traffic.next(client, (int) (n % 1_000_000));
            String mismatch = request.mismatch(request.call().send());
            if (mismatch != null && wrong.incrementAndGet() <= 10) {
              System.out.println("not its own request's: " + request.kind() + ": " + mismatch);
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return wrong.get();
  }

  /** Used heap after full collections, once it stops shrinking. */
  private static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }
}
