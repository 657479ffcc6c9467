package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PreparedPolicy#allowsRequestHeaders} reads a header list in one pass. Its answer must be
 * the specification's, written here the plain way (split on commas, trim optional whitespace,
 * each part a token that the policy lists, case-insensitively), for every list of a seeded
 * population of near-misses.
 */
class RequestHeadersCheckTest {
  private static final List<String> ALLOWED = List.of(
      "Authorization", "Content-Type", "content-type-x", "X-Request-Id", "accept", "a");
  private static final String ALPHABET = "aAcCxX-_,; \t\"\u00e9\r\n:=";
  private static final List<String> SEEDS = List.of(
      "authorization, content-type", "Content-Type", "content-type-x,x-request-id",
      "ACCEPT ,\tA", "x-request-id, authorization, content-type, accept, a", "a,a,a",
      "content-typ", "content-type-xy", "x-other");

  @Test
  void oneLetterIndexGivesTheSpecifiedAnswer() {
    PreparedPolicy listed = policy(String.join(", ", ALLOWED));
    PreparedPolicy any = policy(null);
    Random random = new Random(20261128);
    int allowed = 0;
    int total = 0;
    for (String seed : SEEDS) {
      for (int n = 0; n < 5_000; n++) {
        String requested = NearMisses.of(seed, ALPHABET, random);
        total++;
        boolean expected = specified(requested, ALLOWED);
        allowed += expected ? 1 : 0;
        assertEquals(expected, listed.allowsRequestHeaders(requested), "[" + requested + "]");
        assertEquals(specified(requested, null), any.allowsRequestHeaders(requested),
            "[" + requested + "] against any header");
      }
    }
    assertTrue(allowed > total / 20 && allowed < total / 2, allowed + " of " + total);
  }

  /**
   * The policy remembers the last list it allowed, so a page's repeated preflights are answered
   * by one comparison. The memory must never change an answer: a list is allowed from memory
   * only when it equals one the full check allowed, and a refused list is never remembered.
   */
  @Test
  void rememberedListNeverChangesTheAnswer() {
    PreparedPolicy policy = policy("Authorization, Content-Type");
    String allowed = "authorization, content-type";
    assertEquals(null, policy.requestHeadersRefusal(allowed));
    assertEquals(null, policy.requestHeadersRefusal(new String(allowed.toCharArray())));
    assertEquals(RefusalReason.HEADER_NOT_ALLOWED,
        policy.requestHeadersRefusal("authorization, x-other"));
    assertEquals(RefusalReason.HEADER_NOT_ALLOWED,
        policy.requestHeadersRefusal("authorization, x-other"), "a refusal is not remembered");
    assertEquals(RefusalReason.MALFORMED_REQUEST_HEADERS,
        policy.requestHeadersRefusal(allowed + ","));
    assertEquals(null, policy.requestHeadersRefusal("content-type"));
    assertEquals(null, policy.requestHeadersRefusal(allowed), "back to the first list");
    PreparedPolicy other = policy("Content-Type");
    assertEquals(RefusalReason.HEADER_NOT_ALLOWED, other.requestHeadersRefusal(allowed),
        "each policy remembers its own lists");
  }

  private static PreparedPolicy policy(String allowHeaders) {
    CorsPolicy.Builder builder = CorsPolicy.declaredOn("org.example.Headers")
        .origins("https://app.example.com");
    if (allowHeaders != null) {
      builder.allowHeaders(allowHeaders);
    }
    CorsPolicy policy = builder.build();
    return new PreparedPolicy(policy, policy.origins());
  }

  /** The list grammar of Fetch/RFC 9110, then membership; null {@code allowed}: any name. */
  private static boolean specified(String requested, List<String> allowed) {
    for (String part : requested.split(",", -1)) {
      String name = part.replaceAll("^[ \t]+|[ \t]+$", "");
      if (!OriginRules.isToken(name)) {
        return false;
      }
      if (allowed != null && allowed.stream().noneMatch(a ->
          a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
