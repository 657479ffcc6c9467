package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OriginRules#checkOrigin} accepts the common origin in one pass and leaves everything
 * else to the full check: over a seeded population of origins and near-misses, both must give
 * the same answer for every string, so the shortcut can only be faster, never different.
 */
class PlainOriginShortcutTest {
  private static final List<String> SEEDS = List.of(
      "https://app.example.com", "http://localhost:5173", "https://example.com:8443",
      "http://127.0.0.1:8080", "http://[::1]:3000", "https://xn--mnchen-3ya.de",
      "https://a-b.c-d.example", "http://host:1", "https://example.com:443",
      "http://example.com:80", "https://1.example.com", "https://example.123",
      "https://a.b.c.d.e.f.g", "https://x", "http://localhost:65535");
  /** Characters that change the verdict somewhere: separators, case, digits, bad bytes. */
  private static final String ALPHABET = "az09-.:/@?#[]_ AZ*%\t\r\n\u00e9\u200b";

  @Test
  void theShortcutNeverChangesTheVerdict() {
    Random random = new Random(20261128);
    int shortcutAccepted = 0;
    int total = 0;
    for (String seed : SEEDS) {
      for (int n = 0; n < 20_000; n++) {
        String candidate = NearMisses.of(seed, ALPHABET, random);
        total++;
        if (OriginRules.isPlainOrigin(candidate)) {
          shortcutAccepted++;
        }
        assertEquals(OriginRules.checkOriginInFull(candidate), OriginRules.checkOrigin(candidate),
            candidate);
      }
    }
    // The population must exercise both sides of the shortcut, or the test proves nothing.
    assertTrue(shortcutAccepted > total / 20, shortcutAccepted + " of " + total);
    assertTrue(shortcutAccepted < total / 2, shortcutAccepted + " of " + total);
  }

  @Test
  void longHostsAndLabelsAreLeftToTheFullCheck() {
    String label63 = "a".repeat(63);
    for (String origin : List.of("https://" + label63 + ".com", "https://" + label63 + "a.com",
        "https://" + (label63 + ".").repeat(4) + "com", "https://" + "a.".repeat(126) + "co",
        "https://" + "a.".repeat(127) + "co", "http://a:65536", "http://a:099", "http://a:",
        "https://a:443", "http://a:80", "https://a-.b", "https://a.-b", "https://a..b")) {
      assertEquals(OriginRules.checkOriginInFull(origin), OriginRules.checkOrigin(origin), origin);
    }
  }
}
