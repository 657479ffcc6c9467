package org.corsroutes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corsroutes.runtime.BenchDecision;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The preflight decision ({@code PreflightFilter.decide}, the code that ships) as the
 * application grows: {@code routes / 2} root resources {@code /api/r<i>}, each with a collection
 * route and an {@code {id}} route, so 10 or 10,000 routes. The path asked is a resource in the
 * middle. The lookup is indexed by literal segments, so its cost should follow the path's
 * depth, not the number of routes: the report gives the 10,000/10 ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RoutingScaleBenchmark {
  static final String ORIGIN = "https://app.example.com";

  @Param({"10", "10000"})
  public int routes;

  private BenchDecision decision;
  // Read from fields so the JIT cannot constant-fold the inputs; equal to the tables' strings,
  // not identical, as a request's headers are (see DecisionBenchmark).
  private String path;
  private String origin = DecisionBenchmark.fresh(ORIGIN);
  private String method = DecisionBenchmark.fresh("PUT");
  private String headers = DecisionBenchmark.fresh("content-type");

  @Setup
  public void setUp() {
    CorsPolicy policy = CorsPolicy.declaredOn("org.corsroutes.bench.Scale")
        .origins(ORIGIN).allowCredentials().maxAge("1800").build();
    List<CorsRouteTable> tables = new ArrayList<>();
    int resources = routes / 2;
    for (int i = 0; i < resources; i++) {
      CorsResource resource = CorsResource.root("/api/r" + i, "org.corsroutes.bench.R" + i)
          .routes(
              CorsRoute.withoutPath().bind("GET, POST", policy, "GET list()", "POST create()").build(),
              CorsRoute.path("{id}").bind("GET, PUT, DELETE", policy, "GET get(long)",
                  "PUT put(long)", "DELETE delete(long)").build())
          .build();
      tables.add(() -> resource);
    }
    decision = BenchDecision.of(tables.toArray(new CorsRouteTable[0]));
    path = "/api/r" + (resources / 2) + "/42";
    // An earlier preflight of the page, its own strings: the policy remembers an equal list.
    decision.preflight(path, origin, method, DecisionBenchmark.fresh(headers));
    if (decision.preflight(path, origin, method, headers) == null) {
      throw new IllegalStateException("the preflight of " + path + " must be allowed");
    }
  }

  @Benchmark
  public Object corsRoutesDecisionPreflight() {
    return decision.preflight(path, origin, method, headers);
  }
}
