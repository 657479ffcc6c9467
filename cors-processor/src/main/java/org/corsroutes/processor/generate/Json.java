package org.corsroutes.processor.generate;

/**
 * JSON string literals, escaped one way, for the route report and the baseline; {@link
 * org.corsroutes.processor.baseline.FlatJson} reads them back.
 */
public final class Json {
  private Json() {}

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  public static String str(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
