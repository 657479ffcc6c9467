package org.corsroutes.processor.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processor's JSON reader: one object, as the route report and the baseline write them on
 * one line, with string, string-array, boolean, integer, null and object values. Anything else
 * is an {@link IllegalArgumentException} saying where, so a hand-edited baseline gets a precise
 * error.
 */
public final class FlatJson {
  private final String text;
  private int at;

  private FlatJson(String text) {
    this.text = text;
  }

  /**
   * The object's fields in written order: String, List of String, Boolean, Long, a nested
   * object (a Map, as the report's {@code actualResponse}) or null.
   */
  public static Map<String, Object> object(String text) {
    FlatJson in = new FlatJson(text);
    in.skipSpace();
    Map<String, Object> out = in.parseObject();
    in.skipSpace();
    if (in.at != text.length()) {
      throw new IllegalArgumentException("has text after the object at column " + (in.at + 1));
    }
    return out;
  }

  private Map<String, Object> parseObject() {
    Map<String, Object> out = new LinkedHashMap<>();
    expect('{');
    skipSpace();
    if (peek() == '}') {
      at++;
      return out;
    }
    while (true) {
      skipSpace();
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (out.containsKey(name)) {
        throw new IllegalArgumentException("repeats the field \"" + name + "\"");
      }
      out.put(name, value());
      skipSpace();
      if (peek() == ',') {
        at++;
        continue;
      }
      expect('}');
      return out;
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{') {
      return parseObject();
    }
    if (c == '[') {
      at++;
      List<String> values = new ArrayList<>();
      skipSpace();
      if (peek() == ']') {
        at++;
        return List.copyOf(values);
      }
      while (true) {
        skipSpace();
        values.add(string());
        skipSpace();
        if (peek() == ',') {
          at++;
          continue;
        }
        expect(']');
        return List.copyOf(values);
      }
    }
    if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    }
    if (text.startsWith("null", at)) {
      at += 4;
      return null;
    }
    int start = at;
    if (c == '-') {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at == start || (at == start + 1 && c == '-') || at - start > 19) {
      throw new IllegalArgumentException("has no JSON value at column " + (start + 1));
    }
    return Long.parseLong(text.substring(start, at));
  }

  private String string() {
    expect('"');
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
      if (at >= text.length()) {
        break;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw new IllegalArgumentException("has a short \\u escape at column " + at);
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException x) {
            throw new IllegalArgumentException("has a bad \\u escape at column " + at);
          }
          at += 4;
        }
        default -> throw new IllegalArgumentException("has the escape \\" + e + " at column " + at);
      }
    }
    throw new IllegalArgumentException("has an unterminated string");
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("ends early");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("has '" + text.charAt(at) + "' at column " + (at + 1)
          + " where '" + c + "' belongs");
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }
}
