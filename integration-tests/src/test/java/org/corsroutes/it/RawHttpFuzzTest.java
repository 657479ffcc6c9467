package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.corsroutes.it.security.DocumentsResource;
import org.corsroutes.it.security.LegacyHeadersResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Garbled requests over raw sockets, from a fixed seed so a failure replays: paths with matrix
 * parameters, percent-encodings, dot segments, double slashes, other case and stray bytes;
 * origins and {@code Access-Control-Request-*} values mutated from real ones; every method.
 * Each answer is judged against {@link SamplePolicies}, written from the annotations by hand:
 *
 * <ul>
 *   <li>never a 5xx (nor a connection closed without an answer);</li>
 *   <li>never a sent {@code Origin} or header list echoed anywhere but where it was validated
 *       (the origin as {@code Access-Control-Allow-Origin} of a policy that lists it, a
 *       well-formed token list as {@code Access-Control-Allow-Headers});</li>
 *   <li>never a grant the policy does not give: an actual request's grant is checked against
 *       the method JAX-RS matched ({@link ResourceProbe}); a granted preflight is followed by
 *       its actual request, and the method that one reaches must allow the origin;</li>
 *   <li>never a cross-origin request from an origin the matched method's policy refuses
 *       reaching the method.</li>
 * </ul>
 *
 * Bounded by {@link #CASES} and by {@link #BUDGET_MILLIS}; the counts are printed.
 */
class RawHttpFuzzTest {
  private static final long SEED = 20261128L;
  private static final int CASES = 10_000;
  private static final long BUDGET_MILLIS = 50_000;

  @RegisterExtension static final RunningServer server = RunningServer.of(() -> {
    SampleApp app = new SampleApp();
    app.register(LegacyHeadersResource.class);
    app.register(DocumentsResource.class);
    app.register(ResourceProbe.class);
    return app;
  });

  private static final String[] PATHS = {"/api/users", "/api/users/1", "/api/users/2",
      "/api/admin/audit", "/api/admin/users/2", "/api/health", "/api/partners", "/api/widgets",
      "/api/widgets/1", "/api/widgets/x", "/api/meta", "/api/legacy", "/api/documents",
      "/nowhere", "/"};
  private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT", "DELETE", "HEAD",
      "PATCH", "OPTIONS", "get", "FOO"};
  private static final String[] REQUEST_METHODS = {"GET", "GET", "GET", "POST", "POST", "PUT",
      "PUT", "DELETE", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "put", "G(E)T", "",
      "GET, POST", "X".repeat(300)};
  private static final String[] REQUEST_HEADERS = {"authorization", "content-type",
      "authorization, content-type", "Content-Type,Authorization", "x-trace-id", "x-a, x-b",
      "", " ,"};
  /** No CR or LF: those would only split the request into other headers, client-side. */
  private static final String ALPHABET =
      "abcxyz019-.:/[]*@?#%, \t\u0000\u0001\u007f\u00e9\u00ff_~!$&'()+;=\"\\ABC";
  private static final String[] PATH_NOISE = {";v=1", ";", "%2F", "%2f", "%2e", "%2E%2E",
      "%", "%zz", "%00", "%C3%A9", "\u00e9", "[", "]", "|", "\\", "^", "`", "{", "}", "\"",
      "%3B", "*", "+", ":", "@"};

  private final Random random = new Random(SEED);
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private String[] origins;

  @Test
  void garbledRequestsNeverGet5xxEchoesOrGrantsTheirPolicyDoesNotGive() {
    int port = server.port();
    // Allowed origins more often than not, so that granted preflights are common enough.
    origins = new String[] {Origins.APP, Origins.APP, Origins.APP, Origins.ADMIN, Origins.ADMIN,
        Origins.PARTNER, Origins.SHOP, Origins.SHOP, "https://a.b.example.net",
        "https://example.net", Origins.EVIL, "null", server.origin(),
        "https://app.example.com.evil.com", "http://app.example.com"};
    long start = System.nanoTime();
    int run = 0;
    while (run < CASES && (System.nanoTime() - start) / 1_000_000 < BUDGET_MILLIS
        && failures.size() < 25) {
      oneCase(port, run++);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("raw HTTP fuzz: %d cases (seed %d) in %d ms: %s%n", run, SEED, millis,
        counts);
    assertTrue(failures.isEmpty(), failures.size() + " of " + run + " cases failed:\n"
        + String.join("\n", failures));
    // Not vacuous: each kind of answer was met often (at least 20 times in 10,000 cases; the
    // budget may cut a run short on a slow machine).
    assertTrue(run >= 1_000, "only " + run + " cases ran within the budget");
    for (String kind : List.of("preflight granted", "preflight refused", "actual granted",
        "actual refused", "reached", "4xx other")) {
      assertTrue(counts.getOrDefault(kind, 0) >= run / 500, kind + " seen too rarely: " + counts);
    }
  }

  private void oneCase(int port, int n) {
    boolean preflight = random.nextInt(100) < 40;
    String method = preflight ? "OPTIONS" : pick(METHODS);
    String path = mutatePath(pick(PATHS));
    String origin = random.nextInt(10) == 0 && !preflight ? null : origin();
    List<String> headers = new ArrayList<>();
    if (origin != null) {
      headers.add("Origin: " + origin);
    }
    String requestMethod = null;
    String requestHeaders = null;
    if (preflight) {
      requestMethod = pick(REQUEST_METHODS);
      requestMethod = random.nextInt(8) == 0 ? mutate(requestMethod) : requestMethod;
      headers.add("Access-Control-Request-Method: " + requestMethod);
      if (random.nextBoolean()) {
        requestHeaders = random.nextInt(50) == 0 ? "x-a, ".repeat(1200) + "x-b"
            : random.nextBoolean() ? mutate(pick(REQUEST_HEADERS)) : pick(REQUEST_HEADERS);
        headers.add("Access-Control-Request-Headers: " + requestHeaders);
      }
    } else {
      headers.add("Authorization: " + RunningServer.BEARER);
    }
    String body = null;
    if (!preflight && (method.equals("POST") || method.equals("PUT"))) {
      headers.add("Content-Type: application/json");
      body = "{\"name\":\"fuzz\"}";
    }
    String what = "case " + n + ": " + method + " " + path + " " + headers;
    RawHttp.Response response = send(port, method, path, headers, body);
    judge(what, response, port, preflight, method, path, origin, requestMethod, requestHeaders);
  }

  private void judge(String what, RawHttp.Response response, int port, boolean preflight,
      String method, String path, String origin, String requestMethod, String requestHeaders) {
    if (response.status() < 100 || response.status() >= 500) {
      fail(what, "status " + response.status() + " " + response.headers().size() + " headers");
      return;
    }
    List<String> allowOrigin = response.all("Access-Control-Allow-Origin");
    boolean granted = !allowOrigin.isEmpty();
    if (allowOrigin.size() > 1) {
      fail(what, "Access-Control-Allow-Origin " + allowOrigin.size() + " times");
    }
    if (granted && !allowOrigin.get(0).equals("*") && !allowOrigin.get(0).equals(origin)) {
      fail(what, "Access-Control-Allow-Origin " + allowOrigin.get(0) + " is not the request's");
    }
    noEcho(what, response, port, origin, requestHeaders);
    boolean isPreflight = preflight && origin != null && requestMethod != null;
    if (isPreflight && (response.status() == 204)) {
      count("preflight granted");
      followUp(what, port, path, origin, requestMethod, response);
    } else if (isPreflight && response.status() == 403) {
      count("preflight refused");
      if (granted) {
        fail(what, "a refused preflight carries Access-Control-Allow-Origin");
      }
    } else {
      judgeActual(what, response, port, origin);
    }
    if (response.status() >= 400 && response.status() != 403) {
      count("4xx other");
    }
    count("status " + response.status());
  }

  private void judgeActual(String what, RawHttp.Response response, int port, String origin) {
    String matched = response.first(ResourceProbe.MATCHED);
    SamplePolicies policy = SamplePolicies.ofMatched(matched);
    boolean reached = response.first(ResourceProbe.REACHED) != null;
    boolean crossOrigin = origin != null && !SamplePolicies.isSameOrigin(origin, port);
    String allowOrigin = response.first("Access-Control-Allow-Origin");
    if (reached) {
      count("reached");
      if (crossOrigin && !policy.admits(origin)) {
        fail(what, "a refused origin reached " + matched);
      }
    }
    if (allowOrigin != null) {
      count("actual granted");
      boolean justified = allowOrigin.equals("*") ? policy.isPublic()
          : origin != null && policy.listsOrigin(origin);
      if (!justified) {
        fail(what, "granted " + allowOrigin + " by " + policy + " (matched " + matched + ")");
      }
      checkCredentials(what, response, policy);
    } else if (response.status() == 403 && matched != null) {
      count("actual refused");
    }
    if (allowOrigin == null && !response.cors().isEmpty()) {
      fail(what, "Access-Control-* without a grant: " + flat(response.cors()));
    }
  }

  /**
   * A granted preflight promises the browser that the actual request may follow: sent, it must
   * reach a method whose policy gives the same answer to this origin.
   */
  private void followUp(String what, int port, String path, String origin, String method,
      RawHttp.Response preflight) {
    List<String> headers = new ArrayList<>(List.of("Origin: " + origin,
        "Authorization: " + RunningServer.BEARER));
    String body = null;
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      headers.add("Content-Type: application/json");
      body = "{\"name\":\"fuzz\"}";
    }
    RawHttp.Response actual = send(port, method, path, headers, body);
    String matched = actual.first(ResourceProbe.MATCHED);
    SamplePolicies policy = SamplePolicies.ofMatched(matched);
    String allowOrigin = preflight.first("Access-Control-Allow-Origin");
    boolean justified = allowOrigin != null && (allowOrigin.equals("*") ? policy.isPublic()
        : policy.listsOrigin(origin));
    if (!justified) {
      fail(what, "preflight granted " + allowOrigin + ", but the actual " + method
          + " matched " + matched + " (" + policy + "), status " + actual.status());
    } else if (actual.status() == 403 && actual.first(ResourceProbe.REACHED) == null) {
      fail(what, "preflight granted, but the actual " + method + " was refused");
    }
    checkCredentials(what + " (preflight)", preflight, policy);
  }

  private void checkCredentials(String what, RawHttp.Response response, SamplePolicies policy) {
    boolean credentials = "true".equals(response.first("Access-Control-Allow-Credentials"));
    if (credentials != policy.credentials) {
      fail(what, "Access-Control-Allow-Credentials " + credentials + " under " + policy);
    }
  }

  /** The sent values come back only where validated, and nowhere in the body. */
  private void noEcho(String what, RawHttp.Response response, int port, String origin,
      String requestHeaders) {
    String body = response.bodyText();
    if (origin != null && origin.length() >= 8 && !server.origin().contains(origin)) {
      for (String[] header : response.headers()) {
        boolean validatedEcho = header[0].equalsIgnoreCase("Access-Control-Allow-Origin")
            && header[1].equals(origin);
        if (!validatedEcho && header[1].contains(origin)) {
          fail(what, "the Origin came back in " + header[0] + ": " + header[1]);
        }
      }
      if (body.contains(origin)) {
        fail(what, "the Origin came back in the body");
      }
    }
    String allowHeaders = response.first("Access-Control-Allow-Headers");
    if (allowHeaders != null && !isTokenList(allowHeaders)) {
      fail(what, "Access-Control-Allow-Headers is no token list: " + allowHeaders);
    }
    if (requestHeaders != null && requestHeaders.length() >= 8 && body.contains(requestHeaders)) {
      fail(what, "the request header list came back in the body");
    }
  }

  private static boolean isTokenList(String value) {
    for (String name : value.split(",", -1)) {
      String trimmed = name.strip();
      if (trimmed.isEmpty() || !trimmed.chars().allMatch(c -> c < 128
          && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0))) {
        return false;
      }
    }
    return true;
  }

  private static String flat(List<String[]> headers) {
    StringBuilder out = new StringBuilder();
    for (String[] header : headers) {
      out.append(header[0]).append(": ").append(header[1]).append("; ");
    }
    return out.toString();
  }

  private RawHttp.Response send(int port, String method, String path, List<String> headers,
      String body) {
    try {
      return RawHttp.send(port, method, path, headers, body);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " " + headers, e);
    }
  }

  private void fail(String what, String why) {
    failures.add(show(what) + ": " + show(why));
  }

  private void count(String kind) {
    counts.merge(kind, 1, Integer::sum);
  }

  private String origin() {
    String seed = pick(origins);
    return random.nextInt(4) == 0 ? mutate(seed) : seed;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * Half the time unchanged, else one or two of: matrix parameters, encodings, dot segments,
   * double slashes, case, noise.
   */
  private String mutatePath(String path) {
    StringBuilder p = new StringBuilder(path);
    for (int edits = random.nextBoolean() ? 0 : 1 + random.nextInt(2); edits > 0; edits--) {
      int slash = slashes(p);
      switch (random.nextInt(8)) {
        case 0 -> p.insert(endOfSegment(p, slash), ";v=" + random.nextInt(9));
        case 1 -> {
          int at = random.nextInt(p.length());
          char c = p.charAt(at);
          if (Character.isLetter(c)) {
            String hex = String.format(random.nextBoolean() ? "%%%02X" : "%%%02x", (int) c);
            p.replace(at, at + 1, hex);
          }
        }
        case 2 -> p.insert(slash, random.nextBoolean() ? "/." : "/x/..");
        case 3 -> p.insert(slash, "/");
        case 4 -> {
          int end = endOfSegment(p, slash);
          p.replace(slash, end, p.substring(slash, end).toUpperCase(Locale.ROOT));
        }
        case 5 -> p.append(random.nextBoolean() ? "/" : "?q=" + random.nextInt(9));
        default -> p.insert(1 + random.nextInt(p.length()), pick(PATH_NOISE));
      }
    }
    return p.toString();
  }

  /** The index of a random '/' in the path. */
  private int slashes(StringBuilder p) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == '/') {
        at.add(i);
      }
    }
    return at.get(random.nextInt(at.size()));
  }

  private static int endOfSegment(StringBuilder p, int slash) {
    int end = slash + 1;
    while (end < p.length() && p.charAt(end) != '/' && p.charAt(end) != '?') {
      end++;
    }
    return end;
  }

  /** One to three random edits: insert, delete, replace or duplicate a slice. */
  private String mutate(String seed) {
    StringBuilder s = new StringBuilder(seed);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (s.length() > 0) {
            s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(8))));
      }
    }
    return s.toString();
  }

  private static String show(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.length() > 600 ? out.substring(0, 600) + "..." : out.toString();
  }
}
