package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://app.example.com",
      "http://localhost:5173",
      "https://example.com:8443",
      "http://127.0.0.1:8080",
      "http://10.0.0.1",
      "http://[::1]:3000",
      "https://[2001:db8::1]",
      "https://[2001:db8::1:0:0:1]",
      "https://[1:0:2:3:4:5:6:7]",
      "https://[::]",
      "https://[1:2:3:4:5:6:7:8]",
      "https://xn--mnchen-3ya.de",
      "https://a-b.c-d.example",
      "https://localhost",
      "http://localhost:65535",
      "https://example.com:80",
      "http://example.com:443",
      "http://host:1",
  })
  void acceptsSerializedOrigins(String origin) {
    assertNull(OriginRules.checkOrigin(origin), origin);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "''|EMPTY",
      "null|NULL_ORIGIN",
      "*|WILDCARD",
      "'https://app.example.com '|WHITESPACE",
      "' https://app.example.com'|WHITESPACE",
      "https://app .example.com|WHITESPACE",
      "ftp://example.com|SCHEME",
      "file:///etc/passwd|SCHEME",
      "app.example.com|NO_SCHEME",
      "app.example.com:8080|NO_SCHEME",
      "localhost:8080|NO_SCHEME",
      "://app.example.com|NO_SCHEME",
      "mailto:someone|SCHEME",
      "ws://example.com|SCHEME",
      "https:example.com|SCHEME",
      "https://|NO_HOST",
      "https://:8080|NO_HOST",
      "HTTPS://app.example.com|UPPERCASE",
      "https://App.example.com|UPPERCASE",
      "https://[2001:DB8::1]|UPPERCASE",
      "https://user@app.example.com|USERINFO",
      "https://app.example.com@evil.com|USERINFO",
      "https://app.example.com/path|PATH",
      "https://app.example.com//|PATH",
      "https://app.example.com/|TRAILING_SLASH",
      "https://app.example.com?x=1|QUERY",
      "https://app.example.com#top|FRAGMENT",
      "https://app.example.com.|TRAILING_DOT",
      "https://münchen.de|NON_ASCII_HOST",
      "https://app.example.com\u200b|NON_ASCII_HOST",
      "https://app_x.example.com|INVALID_HOST",
      "https://-app.example.com|INVALID_HOST",
      "https://app..example.com|INVALID_HOST",
      "https://.example.com|INVALID_HOST",
      "https://*.example.com|INVALID_HOST",
      "http://256.1.1.1|INVALID_HOST",
      "http://01.1.1.1|INVALID_HOST",
      "http://1.2.3|INVALID_HOST",
      "http://0x7f.0.0.1|INVALID_HOST",
      "http://[::1|INVALID_HOST",
      "http://[::1]x|INVALID_HOST",
      "http://[1:2:3:4:5:6:7:8:9]|INVALID_HOST",
      "http://[1::2::3]|INVALID_HOST",
      "http://[0001::1]|IPV6_NOT_CANONICAL",
      "https://[2001:db8:0:0:1:0:0:1]|IPV6_NOT_CANONICAL",
      "https://[1::2:3:4:5:6:7]|IPV6_NOT_CANONICAL",
      "https://[1:0::2:3:4:5]|IPV6_NOT_CANONICAL",
      "https://[1::3:0:0:0:4]|IPV6_NOT_CANONICAL",
      "https://[0:0:0:0:0:0:0:1]|IPV6_NOT_CANONICAL",
      "https://example.com:|INVALID_PORT",
      "https://example.com:0|INVALID_PORT",
      "https://example.com:08080|INVALID_PORT",
      "https://example.com:65536|INVALID_PORT",
      "https://example.com:99999999999|INVALID_PORT",
      "https://example.com:8a|INVALID_PORT",
      "https://example.com:*|INVALID_PORT",
      "http://example.com:80|DEFAULT_PORT",
      "https://example.com:443|DEFAULT_PORT",
  })
  void rejectsWithTheProblem(String origin, OriginProblem expected) {
    assertEquals(expected, OriginRules.checkOrigin(origin), origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://a.com\r\nX-Evil: 1", "https://a.com\n", "https://a.com\t"})
  void controlCharactersAreWhitespace(String origin) {
    assertEquals(OriginProblem.WHITESPACE, OriginRules.checkOrigin(origin));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://*.example.com",
      "https://*.example.com:*",
      "https://*.example.com:8443",
      "http://localhost:*",
      "http://127.0.0.1:*",
      "http://[::1]:*",
      "https://*.com", // public suffixes are the processor's business
      "https://app.example.com", // a pattern without '*' is just an origin
  })
  void acceptsPatterns(String pattern) {
    assertNull(OriginRules.checkPattern(pattern), pattern);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "https://*example.com|PATTERN_PARTIAL_LABEL",
      "https://app.*.com|PATTERN_PARTIAL_LABEL",
      "https://app*.example.com|PATTERN_PARTIAL_LABEL",
      "https://*.*.example.com|PATTERN_PARTIAL_LABEL",
      "https://*|PATTERN_NO_DOMAIN",
      "https://*:*|PATTERN_NO_DOMAIN",
      "https://*.|PATTERN_NO_DOMAIN",
      "*|WILDCARD",
      "null|NULL_ORIGIN",
      "''|EMPTY",
      "*://example.com|SCHEME",
      "*.example.com|NO_SCHEME",
      "*.example.com:*|NO_SCHEME",
      "localhost:*|NO_SCHEME",
      "https://*.example.com/|TRAILING_SLASH",
      "https://*.Example.com|UPPERCASE",
      "https://*.example.com.|TRAILING_DOT",
      "https://*.0.0.1|INVALID_HOST",
      "https://*.example.com:443|DEFAULT_PORT",
      "https://*.example.com:**|INVALID_PORT",
  })
  void rejectsPatterns(String pattern, OriginProblem expected) {
    assertEquals(expected, OriginRules.checkPattern(pattern), pattern);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "https://*.example.com|example.com",
      "https://*.example.com:*|example.com",
      "https://*.co.uk:8443|co.uk",
      "http://localhost:*|NONE",
      "https://app.example.com|NONE",
  })
  void patternDomainIsTheFixedPart(String pattern, String domain) {
    assertEquals(domain, OriginRules.patternDomain(pattern));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://localhost", "http://localhost:8080", "http://localhost:*", "http://127.0.0.1:3000",
      "http://127.255.1.2", "http://[::1]:8080", "http://app.localhost", "http://*.localhost:*",
  })
  void loopbackHosts(String value) {
    assertTrue(OriginRules.isLoopback(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://localhost.example.com", "http://128.0.0.1", "http://[::2]", "http://127.example.com",
      "https://example.com", "http://notlocalhost", "http://*.example.com",
  })
  void notLoopbackHosts(String value) {
    assertFalse(OriginRules.isLoopback(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "X-Request-Id", "authorization", "!#$%&'*+-.^_`|~09azAZ", "*"})
  void tokens(String token) {
    assertTrue(OriginRules.isToken(token));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X Request", "a,b", "a:b", "é", "a\r\n", "(x)", "a/b", "\"q\""})
  void notTokens(String token) {
    assertFalse(OriginRules.isToken(token));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "*.example.com|true|write \"https://*.example.com\" (or \"http://*.example.com\" for a plain-http site)",
      "app.example.com|false|write \"https://app.example.com\" (or \"http://app.example.com\" for a plain-http site)",
      // "https://*.example.com" is no origin: the generic advice, which names both forms
      "*.example.com|false|start it with https:// (or http://), e.g. \"https://app.example.com\" or, as a pattern, \"https://*.example.com\"",
      // "https://app.example.com/" would still be invalid: no concrete suggestion
      "app.example.com/|false|start it with https:// (or http://), e.g. \"https://app.example.com\" or, as a pattern, \"https://*.example.com\"",
  })
  void aValueWithoutSchemeGetsTheHttpsFormSuggested(String value, boolean pattern, String fix) {
    OriginProblem problem = pattern ? OriginRules.checkPattern(value) : OriginRules.checkOrigin(value);
    assertEquals(OriginProblem.NO_SCHEME, problem, value);
    assertEquals(fix, problem.fix(value, pattern));
  }

  @org.junit.jupiter.api.Test
  void nullIsNeitherTokenNorOrigin() {
    assertFalse(OriginRules.isToken(null));
    assertEquals(OriginProblem.EMPTY, OriginRules.checkOrigin(null));
    assertEquals(OriginProblem.EMPTY, OriginRules.checkPattern(null));
  }

  @org.junit.jupiter.api.Test
  void tcharIsExactlyRfc9110sSet() {
    String tchar = "!#$%&'*+-.^_`|~0123456789"
        + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(tchar.indexOf(c) >= 0, OriginRules.isTchar(c), "char " + (int) c);
    }
  }
}
