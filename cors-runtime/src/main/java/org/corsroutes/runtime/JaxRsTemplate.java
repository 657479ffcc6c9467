package org.corsroutes.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JAX-RS {@code @Path} template as Jersey compiles it: prefixed with '/', literal characters
 * percent-encoded, {@code {name}} as {@code ([^/]+)}, {@code {name: regex}} as
 * {@code (regex)}, a trailing '/' dropped, then either the open right-hand part
 * {@code (/.*)?} (a class template or a locator: more path may follow) or the closed one
 * {@code (/)?} (resource methods: at most one trailing slash). The precedence keys are the
 * specification's: literal characters, then template variables, then explicit regexes.
 *
 * <p>Templates without explicit regexes and without a '%' are matched segment by segment with
 * region compares, allocating nothing; only the others run a {@link Pattern} compiled once from
 * the template (never from request input).
 */
final class JaxRsTemplate {
  /** Marks a variable in a segment's parts; literal parts are the strings themselves. */
  private static final String VARIABLE = null;
  /**
   * What {@link #matchOpen} and {@link #matchClosed} return when the part of the path they
   * read holds a ';': the path has matrix parameters, which JAX-RS matches without. A match
   * reads every character it accepts (a template's literals hold no ';'), so a path whose match
   * never says so has none, and the router need not look for them first.
   */
  static final int MATRIX_PARAMETERS = -2;
  /** A chunk that is one whole segment's variable ({@code /{id}}): any non-empty segment. */
  private static final String[] WHOLE_SEGMENT = {VARIABLE};
  /** Characters Jersey escapes in the regex of a literal. */
  private static final String REGEX_RESERVED = ".^&!?-:<([$=)],>*+|";

  /** The {@code @Path} value as written. */
  final String written;
  /** The template as JAX-RS normalizes it: leading '/'. */
  final String template;
  /** Jersey's regex of the template, without the right-hand part. */
  final String regex;
  /**
   * What Jersey groups templates by: the regex of the template without one trailing '/'.
   * Templates with equal keys are one route ({@code {id}}, {@code {name}/}), and ties between
   * routes are broken on it.
   */
  final String groupKey;
  final int literalChars;
  final int variables;
  final int explicitRegexes;
  /** The literal leading segments, for indexing: a path that lacks them cannot match. */
  final List<String> literalPrefix;

  private final String[][] segments; // plain templates; null for regex ones
  /**
   * The plain template's segments as matched: runs of whole literal segments joined into one
   * string ("/api/users"), compared at once, and single segments with variables (their parts).
   */
  private final Object[] chunks;
  private final Pattern open;
  private final Pattern closed;

  private JaxRsTemplate(String written, String template, String regex, int literalChars, int variables,
      int explicitRegexes, String[][] segments, List<String> literalPrefix) {
    this.written = written;
    this.template = template;
    this.regex = regex;
    this.groupKey = template.length() > 1 && template.endsWith("/")
        ? parse(template.substring(0, template.length() - 1)).regex : regex;
    this.literalChars = literalChars;
    this.variables = variables;
    this.explicitRegexes = explicitRegexes;
    this.segments = segments;
    this.chunks = segments == null ? null : chunks(segments);
    this.literalPrefix = literalPrefix;
    // As Jersey: a trailing '/' is dropped before the right-hand part, so "/users/" matches
    // like "/users" (the regex above keeps it: Jersey groups and orders templates by it).
    String matched = regex.endsWith("/") ? regex.substring(0, regex.length() - 1) : regex;
    this.open = segments == null ? Pattern.compile(matched + "(/.*)?") : null;
    this.closed = segments == null ? Pattern.compile(matched + "(/)?") : null;
  }

  /** The template {@code ""} of resource methods without {@code @Path}, inside a resource. */
  static final JaxRsTemplate EMPTY = parse("");

  static JaxRsTemplate parse(String written) {
    String t = written.startsWith("/") ? written : "/" + written;
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    List<String[]> segments = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    int literalChars = 0;
    int variables = 0;
    int explicitRegexes = 0;
    boolean plain = true;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{') {
        int close = closingBrace(t, i);
        String body = t.substring(i + 1, close);
        int colon = body.indexOf(':');
        String name = (colon < 0 ? body : body.substring(0, colon)).trim();
        if (name.isEmpty()) {
          throw new IllegalArgumentException("template variable without a name in " + written);
        }
        String variableRegex = colon < 0 ? "" : body.substring(colon + 1).trim();
        plain &= flushLiteral(literal, parts, regex);
        parts.add(VARIABLE);
        variables++;
        if (variableRegex.isEmpty()) {
          regex.append("([^/]+)");
        } else {
          explicitRegexes++;
          plain = false;
          regex.append('(').append(variableRegex).append(')');
        }
        i = close + 1;
        continue;
      }
      if (c == '}') {
        throw new IllegalArgumentException("unbalanced '}' in " + written);
      }
      literalChars++;
      if (c == '/') {
        plain &= flushLiteral(literal, parts, regex);
        if (i > 0) {
          segments.add(parts.toArray(new String[0]));
          parts.clear();
        }
        regex.append('/');
      } else {
        literal.append(c);
      }
      i++;
    }
    plain &= flushLiteral(literal, parts, regex);
    segments.add(parts.toArray(new String[0]));
    // A trailing '/' leaves an empty last segment; "/" alone has no segments at all.
    if (segments.get(segments.size() - 1).length == 0) {
      segments.remove(segments.size() - 1);
    }
    List<String> prefix = new ArrayList<>();
    for (String[] segment : segments) {
      if (segment.length != 1 || segment[0] == VARIABLE || segment[0].indexOf('%') >= 0) {
        break;
      }
      prefix.add(segment[0]);
    }
    return new JaxRsTemplate(written, t, regex.toString(), literalChars, variables, explicitRegexes,
        plain ? segments.toArray(new String[0][]) : null, List.copyOf(prefix));
  }

  /**
   * Adds pending literal text; false when it holds a '%' or a ';', which only the regex matches
   * (a ';' must never be accepted without {@link #MATRIX_PARAMETERS} being said).
   */
  private static boolean flushLiteral(StringBuilder literal, List<String> parts,
      StringBuilder regex) {
    if (literal.length() == 0) {
      return true;
    }
    String encoded = encode(literal.toString());
    literal.setLength(0);
    parts.add(encoded);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length() + 0 && isHex(encoded.charAt(i + 1))
          && isHex(encoded.charAt(i + 2))) {
        regex.append('%').append(hexClass(encoded.charAt(i + 1)))
            .append(hexClass(encoded.charAt(i + 2)));
        i += 2;
      } else if (REGEX_RESERVED.indexOf(c) >= 0) {
        regex.append('\\').append(c);
      } else {
        regex.append(c);
      }
    }
    return encoded.indexOf('%') < 0 && encoded.indexOf(';') < 0; // both only by the regex
  }

  /** A hex digit as Jersey matches it in a literal: either case. */
  private static String hexClass(char c) {
    char lower = Character.toLowerCase(c);
    char upper = Character.toUpperCase(c);
    return lower == upper ? String.valueOf(c) : "[" + c + (c == lower ? upper : lower) + "]";
  }

  /** Percent-encodes what may not appear in a path, keeping existing escapes, as Jersey does. */
  static String encode(String literal) {
    StringBuilder out = null;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      boolean escape = c == '%' && i + 2 < literal.length()
          && isHex(literal.charAt(i + 1)) && isHex(literal.charAt(i + 2));
      if (escape || isPathChar(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(literal.substring(0, i));
      }
      int end = Character.isHighSurrogate(c) && i + 1 < literal.length() ? i + 2 : i + 1;
      for (byte b : literal.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      i = end - 1;
    }
    return out == null ? literal : out.toString();
  }

  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The '}' closing the '{' at {@code open}; regexes may nest braces ({@code [0-9]{3}}). */
  private static int closingBrace(String t, int open) {
    int depth = 0;
    for (int i = open; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed '{' in " + t);
  }

  /** Consecutive literal segments joined, each with its leading '/'; variable segments as parts. */
  private static Object[] chunks(String[][] segments) {
    List<Object> chunks = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (String[] segment : segments) {
      boolean isLiteral = segment.length == 0 || (segment.length == 1 && segment[0] != VARIABLE);
      if (isLiteral) {
        literal.append('/').append(segment.length == 0 ? "" : segment[0]);
        continue;
      }
      if (literal.length() > 0) {
        chunks.add(literal.toString());
        literal.setLength(0);
      }
      chunks.add(segment.length == 1 ? WHOLE_SEGMENT : segment);
    }
    if (literal.length() > 0) {
      chunks.add(literal.toString());
    }
    return chunks.toArray();
  }

  /**
   * Matches {@code path[from, to)} against the open pattern, {@code template(/.*)?}: the index
   * where the rest of the path starts (empty, or starting with '/'), or -1.
   */
  int matchOpen(String path, int from, int to) {
    if (segments == null) {
      Matcher m = open.matcher(path).region(from, to);
      if (!m.matches()) {
        return -1;
      }
      int rest = m.start(m.groupCount());
      rest = rest < 0 ? to : rest;
      return hasSemicolon(path, from, rest) ? MATRIX_PARAMETERS : rest;
    }
    int start = from;
    for (Object chunk : chunks) {
      if (chunk instanceof String literal) {
        // Whole segments: the path must hold the run and end a segment right after it.
        int end = start + literal.length();
        if (end > to || !path.startsWith(literal, start)
            || (end < to && path.charAt(end) != '/')) {
          return -1;
        }
        start = end;
        continue;
      }
      if (start >= to || path.charAt(start) != '/') {
        return -1;
      }
      start++;
      int end = segmentEnd(path, start, to);
      if (end == MATRIX_PARAMETERS) {
        return MATRIX_PARAMETERS;
      }
      if (chunk == WHOLE_SEGMENT ? end == start
          : !matchesParts((String[]) chunk, 0, path, start, end)) {
        return -1;
      }
      start = end;
    }
    return start == to || path.charAt(start) == '/' ? start : -1;
  }

  /**
   * Where the segment at {@code from} ends: the next '/' or {@code to}; or
   * {@link #MATRIX_PARAMETERS} when a ';' comes first.
   */
  private static int segmentEnd(String path, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = path.charAt(i);
      if (c == '/') {
        return i;
      }
      if (c == ';') {
        return MATRIX_PARAMETERS;
      }
    }
    return to;
  }

  /** Whether {@code path[from, to)} holds a ';'. */
  static boolean hasSemicolon(String path, int from, int to) {
    int semicolon = path.indexOf(';', from);
    return semicolon >= 0 && semicolon < to;
  }

  /**
   * Matches {@code path[from, to)} against the closed pattern, {@code template(/)?}: {@code to},
   * -1, or {@link #MATRIX_PARAMETERS}.
   */
  int matchClosed(String path, int from, int to) {
    if (segments == null) {
      if (!closed.matcher(path).region(from, to).matches()) {
        return -1;
      }
      return hasSemicolon(path, from, to) ? MATRIX_PARAMETERS : to;
    }
    int rest = matchOpen(path, from, to);
    if (rest == MATRIX_PARAMETERS) {
      return rest;
    }
    return rest >= 0 && (rest == to || (rest == to - 1 && path.charAt(rest) == '/')) ? to : -1;
  }

  /** Backtracking over the parts of one segment; a variable takes one or more characters. */
  private static boolean matchesParts(String[] parts, int p, String path, int from, int to) {
    if (p == parts.length) {
      return from == to;
    }
    String part = parts[p];
    if (part != VARIABLE) {
      return to - from >= part.length()
          && path.startsWith(part, from)
          && matchesParts(parts, p + 1, path, from + part.length(), to);
    }
    if (p == parts.length - 1) {
      return to > from;
    }
    for (int k = from + 1; k <= to; k++) {
      if (matchesParts(parts, p + 1, path, k, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Jersey's order of sibling templates: more literal characters first, then more variables,
   * then more explicit regexes; 0 when the specification leaves the order open.
   */
  static int compareByPrecedence(JaxRsTemplate a, JaxRsTemplate b) {
    if (a.literalChars != b.literalChars) {
      return Integer.compare(b.literalChars, a.literalChars);
    }
    if (a.variables != b.variables) {
      return Integer.compare(b.variables, a.variables);
    }
    return Integer.compare(b.explicitRegexes, a.explicitRegexes);
  }

  @Override
  public String toString() {
    return template;
  }
}
