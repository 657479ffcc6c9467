package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The misconfiguration corpus: every way a sloppy matcher lets an attacker's origin in. */
class OriginMatcherTest {

  private final OriginMatcher exact =
      new OriginMatcher(List.of("https://app.example.com", "http://localhost:5173"), List.of());
  private final OriginMatcher subdomains =
      new OriginMatcher(List.of(), List.of("https://*.example.com"));
  private final OriginMatcher anyPortLocalhost =
      new OriginMatcher(List.of(), List.of("http://localhost:*", "https://*.example.org:*"));
  private final OriginMatcher fixedPort =
      new OriginMatcher(List.of(), List.of("https://*.example.net:8443"));

  @Test
  void exactOrigins() {
    assertTrue(exact.matches("https://app.example.com"));
    assertTrue(exact.matches("http://localhost:5173"));
  }

  /** A few origins are compared in turn, many looked up by hash: the same answers either way. */
  @Test
  void fewAndManyExactOriginsGiveTheSameAnswers() {
    List<String> many = java.util.stream.IntStream.range(0, 20)
        .mapToObj(i -> "https://app" + i + ".example.com").toList();
    for (int size : new int[] {1, 8, 9, 20}) {
      OriginMatcher matcher = new OriginMatcher(many.subList(0, size), List.of());
      for (int i = 0; i < many.size(); i++) {
        String copy = new String(many.get(i).toCharArray()); // a request's own string
        assertTrue(matcher.matches(copy) == i < size, size + " origins, " + copy);
      }
      assertFalse(matcher.matches("https://app0.example.com.evil.com"));
      assertFalse(matcher.matches("null"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://app.example.com.evil.com", // prefix
      "https://evilapp.example.com",      // suffix
      "https://app.example.com.",         // trailing dot
      "http://app.example.com",           // scheme confusion
      "https://app.example.com:443",      // explicit default port is not what browsers send
      "https://app.example.com:8443",     // other port
      "null",                             // opaque origin
      "HTTPS://APP.EXAMPLE.COM",          // case
      "https://App.example.com",
      "https://app.example.com/",         // trailing slash
      "https://app.example.com@evil.com", // userinfo
      "https://app.example.com,https://evil.com", // two Origin headers joined
      "https://app.example.com\r\n",      // CR/LF
      "https://аpp.example.com",          // Cyrillic 'а'
      "http://localhost:5174",
      "http://localhost",
      "",
  })
  void exactOriginsRefuse(String origin) {
    assertFalse(exact.matches(origin), origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://app.example.com", "https://a.b.example.com", "https://xn--bcher-kva.example.com",
      "https://1.example.com",
  })
  void subdomainPatternMatches(String origin) {
    assertTrue(subdomains.matches(origin), origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com",              // the apex is not a subdomain
      "https://evilexample.com",          // unescaped-dot / suffix confusion
      "https://example.com.evil.com",
      "https://app.example.com.evil.com",
      "https://app.example.com.",
      "http://app.example.com",
      "https://app.example.com:8443",
      "https://app.example.com:443",
      "https://.example.com",
      "https://app.example.com/",
      "https://app.example.com@evil.com",
      "https://evil.com#.example.com",
      "https://evil.com?.example.com",
      "https://evil.com/.example.com",
      "https://APP.example.com",
      "https://äpp.example.com",
      "null",
  })
  void subdomainPatternRefuses(String origin) {
    assertFalse(subdomains.matches(origin), origin);
  }

  @Test
  void anyPortPatterns() {
    assertTrue(anyPortLocalhost.matches("http://localhost"));
    assertTrue(anyPortLocalhost.matches("http://localhost:3000"));
    assertTrue(anyPortLocalhost.matches("https://a.example.org:9000"));
    assertTrue(anyPortLocalhost.matches("https://a.example.org"));
    assertFalse(anyPortLocalhost.matches("https://localhost:3000"));
    assertFalse(anyPortLocalhost.matches("http://localhost.evil.com:3000"));
    assertFalse(anyPortLocalhost.matches("http://evil-localhost:3000"));
    assertFalse(anyPortLocalhost.matches("http://localhost:0"));
    assertFalse(anyPortLocalhost.matches("https://example.org:9000"));
  }

  @Test
  void fixedPortPattern() {
    assertTrue(fixedPort.matches("https://a.example.net:8443"));
    assertFalse(fixedPort.matches("https://a.example.net"));
    assertFalse(fixedPort.matches("https://a.example.net:84430"));
    assertFalse(fixedPort.matches("https://a.example.net:844"));
  }

  @Test
  void anyOriginAllowsEveryOriginValue() {
    // "*" names no origin in its answer: the Origin's form cannot change it, as on actual
    // requests. GarbledInputTest checks that the answer never carries the request's value.
    OriginMatcher any = new OriginMatcher(List.of("*"), List.of());
    assertTrue(any.allowsAnyOrigin());
    assertTrue(any.matches("https://whatever.example"));
    assertTrue(any.matches("null")); // Fetch: "*" without credentials is readable by opaque origins
    assertTrue(any.matches("NULL"));
    assertTrue(any.matches("https://a.com\r\nSet-Cookie: x"));
  }

  @Test
  void matchingAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    OriginMatcher both = new OriginMatcher(List.of("https://app.example.com"),
        List.of("https://*.example.org:*", "http://localhost:*"));
    String[] origins = {"https://app.example.com", "https://a.example.org:8443",
        "http://localhost:3000", "https://evil.example.com", "https://app.example.com/"};
    int hits = 0;
    for (int i = 0; i < 20_000; i++) { // warm up, and load every class involved
      hits += both.matches(origins[i % origins.length]) ? 1 : 0;
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      hits += both.matches(origins[i % origins.length]) ? 1 : 0;
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(hits > 0);
    assertTrue(allocated < 4096, () -> allocated + " bytes for 100000 matches");
  }

  @Test
  void invalidPatternIsRefusedAtConstruction() {
    assertThrows(IllegalArgumentException.class,
        () -> new OriginMatcher(List.of(), List.of("https://*example.com")));
  }
}
