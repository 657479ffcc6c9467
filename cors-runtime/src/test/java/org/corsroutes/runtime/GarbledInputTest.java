package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Request headers are attacker input. Tens of thousands of garbled variations of real origins
 * and header lists, from a fixed seed so a failure replays, must never throw, must never be
 * allowed by a list or a pattern unless they are well-formed, and must never be reflected.
 * The hand-picked corpus lives in {@link OriginMatcherTest}; this finds what nobody thought to
 * pick.
 */
class GarbledInputTest {
  private static final long SEED = 20261127L;
  private static final int CASES = 50_000;
  private static final String ALPHABET =
      "abcxyz019-.:/[]*@?#%, \t\r\n\u0000\u00e9\u0130\u212a\u200bABC_~!$&'()+;=\"\\";
  private static final List<String> SEEDS = List.of(
      "https://app.example.com", "http://localhost:8080", "https://shop.example.net",
      "http://[::1]:3000", "https://192.0.2.10", "null", "authorization, content-type");

  private final OriginMatcher exact = new OriginMatcher(
      List.of("https://app.example.com", "http://localhost:8080"), List.of());
  private final OriginMatcher patterns = new OriginMatcher(
      List.of(), List.of("https://*.example.net", "http://localhost:*"));
  private final OriginMatcher any = new OriginMatcher(List.of("*"), List.of());
  private final BoundPolicy anyBound = new BoundPolicy("GET, PUT", new PreparedPolicy(
      CorsPolicy.declaredOn("test").origins("*").build(), List.of("*")));
  private final PreparedPolicy echoHeaders = new PreparedPolicy(
      CorsPolicy.declaredOn("test").origins("*").build(), List.of("*"));
  private final PreparedPolicy listedHeaders = new PreparedPolicy(
      CorsPolicy.declaredOn("test").origins("*").allowHeaders("Authorization, Content-Type")
          .build(), List.of("*"));

  @Test
  void garbledOriginsNeverThrowAndListsAndPatternsAllowOnlyWellFormedOnes() {
    Random random = new Random(SEED);
    int wellFormedCount = 0;
    int patternAllowed = 0;
    for (int n = 0; n < CASES; n++) {
      String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
      try {
        OriginProblem problem = OriginRules.checkOrigin(input);
        OriginRules.checkPattern(input);
        boolean wellFormed = problem == null;
        wellFormedCount += wellFormed ? 1 : 0;
        patternAllowed += patterns.matches(input) ? 1 : 0;
        if (exact.matches(input)) {
          assertNull(problem, () -> "exact policy allowed a malformed origin: " + show(input));
          assertEquals(true, input.equals("https://app.example.com")
              || input.equals("http://localhost:8080"), () -> "allowed " + show(input));
        }
        if (patterns.matches(input)) {
          assertNull(problem, () -> "wildcard policy allowed a malformed origin: " + show(input));
        }
        // "*" allows every value with one answer, the same for every page: nothing of it goes back.
        assertTrue(any.matches(input), () -> "'*' refused " + show(input));
        assertEquals(anyAnswer("https://app.example.com"), anyAnswer(input),
            () -> "'*' answered " + show(input) + " apart");
      } catch (RuntimeException e) {
        fail("origin " + show(input) + " threw " + e, e);
      }
    }
    // Not vacuous: the mutations reach both sides of every rule.
    int valid = wellFormedCount;
    int allowed = patternAllowed;
    assertTrue(valid > CASES / 50 && valid < CASES / 2, () -> valid + " well-formed of " + CASES);
    assertTrue(allowed > 100, () -> allowed + " allowed by the patterns");
  }

  @Test
  void garbledRequestHeaderListsNeverThrow() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < CASES; n++) {
      String input = mutate(SEEDS.get(SEEDS.size() - 1), random);
      try {
        if (echoHeaders.allowsRequestHeaders(input)) {
          // Echoed back to the browser: must be tokens, commas and spaces only.
          for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != ',' && c != ' ' && c != '\t' && !OriginRules.isToken(String.valueOf(c))) {
              fail("echoable header list " + show(input) + " contains " + show(String.valueOf(c)));
            }
          }
        }
        listedHeaders.allowsRequestHeaders(input);
      } catch (RuntimeException e) {
        fail("header list " + show(input) + " threw " + e, e);
      }
    }
  }

  /** The headers of the {@code "*"} policy's preflight answer to {@code origin}. */
  private String anyAnswer(String origin) {
    StringBuilder answer = new StringBuilder();
    PreflightFilter.answerHeaders(anyBound, origin, null, false, answer,
        (out, name, value) -> out.append(name).append(": ").append(value).append('\n'));
    return answer.toString();
  }

  /** One to four random edits: insert, delete, replace or duplicate a slice. */
  private static String mutate(String seed, Random random) {
    StringBuilder s = new StringBuilder(seed);
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
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
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }
}
