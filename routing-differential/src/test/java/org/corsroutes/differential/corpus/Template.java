package org.corsroutes.differential.corpus;

import java.util.ArrayList;
import java.util.List;

/** A {@code @Path} value split into literal text and variables, as JAX-RS reads it. */
public final class Template {
  /** A piece of a template: literal text, or a variable with its regex (null: the default). */
  public record Piece(String literal, String name, String regex) {
    public boolean isVariable() {
      return name != null;
    }
  }

  private Template() {}

  public static List<Piece> parse(String template) {
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        pieces.add(new Piece(template.substring(i), null, null));
        break;
      }
      if (open > i) {
        pieces.add(new Piece(template.substring(i, open), null, null));
      }
      int close = template.indexOf('}', open); // the vocabulary has no braces inside regexes
      String body = template.substring(open + 1, close);
      int colon = body.indexOf(':');
      pieces.add(colon < 0
          ? new Piece(null, body.strip(), null)
          : new Piece(null, body.substring(0, colon).strip(), body.substring(colon + 1).strip()));
      i = close + 1;
    }
    return pieces;
  }

  /** Without leading and trailing slashes: "/users/" and "users" are one template. */
  public static String trim(String path) {
    int from = 0;
    int to = path.length();
    while (from < to && path.charAt(from) == '/') {
      from++;
    }
    while (to > from && path.charAt(to - 1) == '/') {
      to--;
    }
    return path.substring(from, to);
  }

  /** Class, locator and method {@code @Path}s joined the way JAX-RS joins them. */
  public static String join(List<String> paths) {
    StringBuilder out = new StringBuilder();
    for (String p : paths) {
      String t = trim(p == null ? "" : p);
      if (!t.isEmpty()) {
        out.append('/').append(t);
      }
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /**
   * The template with variable names dropped and slashes trimmed: what Jersey compiles to one
   * regex, so two templates of one shape are one resource to it ({@code {id}} and {@code {name}}).
   */
  public static String shape(String path) {
    StringBuilder out = new StringBuilder();
    for (Piece piece : parse(trim(path == null ? "" : path))) {
      if (piece.isVariable()) {
        out.append('{').append(piece.regex() == null ? "" : ":" + piece.regex()).append('}');
      } else {
        out.append(piece.literal());
      }
    }
    return out.toString();
  }
}
