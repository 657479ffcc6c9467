package org.corsroutes.bench;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.corsroutes.runtime.BenchDecision;
import org.corsroutes.runtime.CorsFeature;
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
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The CORS decision for one preflight and one actual request, same policy and inputs, in three
 * implementations: CORS Routes (its real {@code CorsFilter}, obtained from {@link CorsFeature}
 * and run in {@link FakeJaxrs}), Spring's {@link CorsConfiguration} checks, and the hand-written
 * baseline. Each benchmark first checks that the request is allowed, so no refusal path is
 * measured by mistake.
 *
 * <p>What each includes. CORS Routes: route lookup of {@code api/users/42} against
 * {@code /api/users/{id}}, origin validation and match, method lookup, requested-header
 * validation, and writing the answer's headers (preflight: into the response builder; actual:
 * request filter plus response filter). Spring: {@code checkOrigin}, {@code checkHttpMethod}
 * (method parsed from the request string) and {@code checkHeaders} on the tokenized
 * {@code Access-Control-Request-Headers}, as {@code DefaultCorsProcessor} calls them; no path
 * lookup and no header writing. Hand-written: origin compare, method compare, joins and header
 * writing; no requested-header check. CORS Routes decision only ({@code corsRoutesDecision*}):
 * the filter's decision steps on the same prepared router (route lookup, method binding, origin
 * match, requested headers for a preflight) without the JAX-RS request, the same-origin check
 * or header writing: the scope of Spring's three checks plus the route lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DecisionBenchmark {
  static final String ORIGIN = "https://admin.example.com";
  static final String REQUEST_METHOD = "PUT";
  static final String REQUEST_HEADERS = "authorization, content-type";
  static final String PATH = "/api/users/42";
  static final URI REQUEST_URI = URI.create("https://api.example.com/api/users/42");

  @Param({"EXACT", "ANY", "PATTERN"})
  public Policies policy;

  private BenchDecision decision;
  private BenchDecision.Bound boundDecision;
  private ContainerRequestFilter preflightFilter;
  private String path = PATH;
  private FakeJaxrs.Delegate delegate;
  private ContainerRequestFilter requestFilter;
  private ContainerResponseFilter responseFilter;
  private FakeJaxrs.Request preflight;
  private FakeJaxrs.Request actual;
  private FakeJaxrs.Response response;
  private CorsConfiguration spring;
  private UrlBasedCorsConfigurationSource springSource;
  private final DefaultCorsProcessor springProcessor = new DefaultCorsProcessor();
  private MockHttpServletRequest springPreflightRequest;
  private MockHttpServletRequest springActualRequest;
  private final MockHttpServletResponse springResponse = new MockHttpServletResponse();
  private HandWrittenCors handWritten;
  private FakeJaxrs.Headers handWrittenHeaders;
  // Read from fields so the JIT cannot constant-fold the inputs; copies, as a server parses
  // each request's headers into new strings: equal to the tables' strings, never identical.
  private String origin = fresh(ORIGIN);
  private String requestMethod = fresh(REQUEST_METHOD);
  private String requestHeaders = fresh(REQUEST_HEADERS);
  private String actualMethod = fresh("GET");

  /** An equal string with its own characters (a {@code new String(s)} would share them). */
  static String fresh(String s) {
    return new String(s.toCharArray());
  }

  @Setup
  public void setUp() throws java.io.IOException {
    delegate = new FakeJaxrs.Delegate();
    RuntimeDelegate.setInstance(delegate);
    List<Object> registered = registeredBy(CorsFeature.of(policy.table()));
    preflightFilter = (ContainerRequestFilter) registered.get(0);
    Object bound = boundFilter(registered.get(1), "get");
    requestFilter = (ContainerRequestFilter) bound;
    responseFilter = (ContainerResponseFilter) bound;
    decision = BenchDecision.of(policy.table()); // the routes CorsFeature prepares
    boundDecision = decision.bind(Policies.RESOURCE, Policies.javaMethod("GET"));
    FakeJaxrs.Uri uri = new FakeJaxrs.Uri(PATH, REQUEST_URI);
    // An earlier request from the same page, with its own strings: what the runtime keeps from
    // it (the last allowed header list) is equal to the measured request's, not identical.
    preflightFilter.filter(new FakeJaxrs.Request("OPTIONS", uri, "Origin", fresh(ORIGIN),
        "Access-Control-Request-Method", fresh(REQUEST_METHOD),
        "Access-Control-Request-Headers", fresh(REQUEST_HEADERS)));
    decision.preflight(PATH, fresh(ORIGIN), fresh(REQUEST_METHOD), fresh(REQUEST_HEADERS));
    preflight = new FakeJaxrs.Request("OPTIONS", uri, "Origin", origin,
        "Access-Control-Request-Method", requestMethod,
        "Access-Control-Request-Headers", requestHeaders);
    actual = new FakeJaxrs.Request("GET", uri, "Origin", origin);
    response = new FakeJaxrs.Response();
    spring = policy.spring();
    springSource = new UrlBasedCorsConfigurationSource();
    springSource.registerCorsConfiguration(Policies.TEMPLATE, spring);
    springPreflightRequest = springRequest("OPTIONS");
    springPreflightRequest.addHeader("Access-Control-Request-Method", fresh(REQUEST_METHOD));
    springPreflightRequest.addHeader("Access-Control-Request-Headers", fresh(REQUEST_HEADERS));
    springActualRequest = springRequest("GET");
    handWritten = policy.handWritten();
    handWrittenHeaders = new FakeJaxrs.Headers();
    checkAllowed();
  }

  private static MockHttpServletRequest springRequest(String method) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, PATH);
    request.setScheme("https");
    request.setServerName(REQUEST_URI.getHost());
    request.setServerPort(443);
    request.addHeader("Origin", fresh(ORIGIN));
    return request;
  }

  /**
   * Spring's whole servlet CORS path for one request, as its {@code CorsFilter} runs it: parse
   * the request path (done once per request by Spring MVC), find the configuration by path
   * pattern, and {@code DefaultCorsProcessor.processRequest}, which checks and writes the
   * headers. Like for like with the {@code corsRoutes*} rows that include the lookup.
   */
  private boolean springProcess(MockHttpServletRequest request) throws java.io.IOException {
    springResponse.reset();
    ServletRequestPathUtils.parseAndCache(request);
    CorsConfiguration config = springSource.getCorsConfiguration(request);
    return springProcessor.processRequest(config, request, springResponse);
  }

  /** What CorsFeature registers (the preflight filter, the binder), from a minimal context. */
  static List<Object> registeredBy(CorsFeature feature) {
    List<Object> registered = new ArrayList<>();
    feature.configure(context(registered));
    if (registered.size() != 2) {
      throw new IllegalStateException("CorsFeature registered " + registered);
    }
    return registered;
  }

  /**
   * The filter the binder binds to {@code method} of {@link UsersResource}, as JAX-RS asks it
   * when it deploys the method.
   */
  static Object boundFilter(Object binder, String method) {
    List<Object> registered = new ArrayList<>();
    ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(
        DecisionBenchmark.class.getClassLoader(), new Class<?>[] {ResourceInfo.class},
        (proxy, m, args) -> {
          if (m.getName().equals("getResourceClass")) {
            return UsersResource.class;
          }
          if (m.getName().equals("getResourceMethod")) {
            return UsersResource.class.getMethod(method, long.class);
          }
          return null;
        });
    ((DynamicFeature) binder).configure(info, context(registered));
    if (registered.size() != 1) {
      throw new IllegalStateException("CorsBinder bound " + registered + " to " + method);
    }
    return registered.get(0);
  }

  private static FeatureContext context(List<Object> registered) {
    Configuration configuration = (Configuration) Proxy.newProxyInstance(
        DecisionBenchmark.class.getClassLoader(), new Class<?>[] {Configuration.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "isRegistered" -> Boolean.FALSE;
          case "getClasses", "getInstances" -> Set.of();
          default -> null;
        });
    return (FeatureContext) Proxy.newProxyInstance(
        DecisionBenchmark.class.getClassLoader(), new Class<?>[] {FeatureContext.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConfiguration")) {
            return configuration;
          }
          if (method.getName().equals("register")) {
            registered.add(args[0]);
          }
          return proxy;
        });
  }

  private void checkAllowed() {
    try {
      corsRoutesPreflight();
      if (!preflight.aborted || delegate.builder.status != 204) {
        throw new IllegalStateException(policy + ": CORS Routes preflight not allowed, status "
            + delegate.builder.status + " " + Arrays.toString(delegate.builder.names));
      }
      corsRoutesActual();
      if (actual.aborted || response.headers.count == 0) {
        throw new IllegalStateException(policy + ": CORS Routes actual request not allowed");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    if (corsRoutesDecisionPreflight() == null || corsRoutesDecisionActual() == null) {
      throw new IllegalStateException(policy + ": CORS Routes decision refuses");
    }
    if (spring.checkOrigin(ORIGIN) == null
        || spring.checkHttpMethod(HttpMethod.valueOf(REQUEST_METHOD)) == null
        || spring.checkHeaders(List.of("authorization", "content-type")) == null) {
      throw new IllegalStateException(policy + ": Spring refuses the preflight");
    }
    try {
      if (!springProcessPreflight() || springResponse.getHeader("Access-Control-Allow-Origin") == null
          || !springProcessActual() || springResponse.getHeader("Access-Control-Allow-Origin") == null) {
        throw new IllegalStateException(policy + ": Spring's processor refuses");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    handWrittenHeaders.reset();
    if (!handWritten.preflight(ORIGIN, REQUEST_METHOD, REQUEST_HEADERS, handWrittenHeaders)
        || !handWritten.actual(ORIGIN, handWrittenHeaders)) {
      throw new IllegalStateException(policy + ": hand-written filter refuses");
    }
  }

  // ---- preflight: OPTIONS, Origin, Access-Control-Request-Method: PUT, -Headers: 2 names ----

  @Benchmark
  public Object corsRoutesPreflight() throws java.io.IOException {
    preflight.reset();
    preflightFilter.filter(preflight);
    return delegate.builder.values[0]; // Access-Control-Allow-Origin
  }

  /** Decision only, as the filter makes it: route, method binding, origin, requested headers. */
  @Benchmark
  public Object corsRoutesDecisionPreflight() {
    return decision.preflight(path, origin, requestMethod, requestHeaders);
  }

  /**
   * The decision when the requested-header list is not the one the policy allowed last (two
   * pages asking for different lists, in turn): the runtime's memo of that list misses every
   * time, so this is the full one-pass header check.
   */
  @Benchmark
  public Object corsRoutesDecisionPreflightOtherHeaders() {
    turn ^= 1;
    return decision.preflight(path, origin, requestMethod, alternatingHeaders[turn]);
  }

  private final String[] alternatingHeaders =
      {fresh("authorization, content-type"), fresh("content-type, authorization")};
  private int turn;

  @Benchmark
  public void springPreflight(Blackhole bh) {
    bh.consume(spring.checkOrigin(origin));
    bh.consume(spring.checkHttpMethod(HttpMethod.valueOf(requestMethod)));
    bh.consume(spring.checkHeaders(
        Arrays.asList(StringUtils.tokenizeToStringArray(requestHeaders, ","))));
  }

  @Benchmark
  public boolean springProcessPreflight() throws java.io.IOException {
    return springProcess(springPreflightRequest);
  }

  @Benchmark
  public boolean handWrittenPreflight() {
    handWrittenHeaders.reset();
    return handWritten.preflight(origin, requestMethod, requestHeaders, handWrittenHeaders);
  }

  // ---- actual request: GET with Origin ----

  @Benchmark
  public Object corsRoutesActual() throws java.io.IOException {
    actual.reset();
    response.headers.reset();
    requestFilter.filter(actual);
    responseFilter.filter(actual, response);
    return response.headers.values[0];
  }

  /**
   * Decision only, as the filter bound to the matched method makes it: the origin against the
   * bound policy. There is no route lookup left: JAX-RS matched the method.
   */
  @Benchmark
  public Object corsRoutesDecisionActual() {
    return boundDecision.actual(origin);
  }

  @Benchmark
  public void springActual(Blackhole bh) {
    bh.consume(spring.checkOrigin(origin));
    bh.consume(spring.checkHttpMethod(HttpMethod.valueOf(actualMethod)));
  }

  @Benchmark
  public boolean springProcessActual() throws java.io.IOException {
    return springProcess(springActualRequest);
  }

  @Benchmark
  public boolean handWrittenActual() {
    handWrittenHeaders.reset();
    return handWritten.actual(origin, handWrittenHeaders);
  }
}
