package org.corsroutes.processor.generate;

/** The little JSON the processor writes and reads back: string literals, escaped one way. */
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

  /** Reads what {@link #str} and the writers wrote; anything else is an IllegalArgumentException. */
  static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    void expect(String literal) {
      if (!text.startsWith(literal, at)) {
        throw new IllegalArgumentException("expected " + literal + " at " + at + " in " + text);
      }
      at += literal.length();
    }

    String string() {
      expect("\"");
      StringBuilder out = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\' -> out.append(e);
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw new IllegalArgumentException("escape \\" + e + " in " + text);
        }
      }
      throw new IllegalArgumentException("unterminated string in " + text);
    }
  }
}
