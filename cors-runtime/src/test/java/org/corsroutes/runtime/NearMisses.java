package org.corsroutes.runtime;

import java.util.Random;

/**
 * Seeded near-misses of a valid value, for tests that hold a fast path equal to a plain one:
 * up to two edits, each inserting, deleting or replacing one character from {@code alphabet},
 * or repeating a short run of the value.
 */
final class NearMisses {
  private NearMisses() {}

  static String of(String seed, String alphabet, Random random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, c);
        case 1 -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (s.length() > 0) {
            s.setCharAt(at, c);
          }
        }
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(4))));
      }
    }
    return s.toString();
  }
}
