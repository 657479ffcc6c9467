package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JAX-RS path template ({@code /api/users/{id}}, {@code /files/{name}.{ext}},
 * {@code /items/{id: [0-9]+}}) prepared for matching request paths before JAX-RS does.
 *
 * <p>Plain templates ({@code {name}} = one non-empty segment) are matched segment by segment
 * with region compares; only templates with a {@code {name: regex}} variable are compiled, once,
 * into a {@link Pattern} built from the template (never from request input). A trailing slash
 * on the path is optional, as in JAX-RS.
 */
final class PathTemplate {
  /** Marks a variable in a segment's parts; literal parts are the strings themselves. */
  private static final String VARIABLE = null;

  final String template;
  /** Precedence keys, as JAX-RS sorts templates: literal characters, variables, regex variables. */
  final int literalChars;
  final int variables;
  final int regexVariables;

  private final String[][] segments; // plain templates
  private final Pattern pattern;     // regex templates
  /** The literal text before the first variable: a path without it needs no regex run. */
  private final String literalPrefix;

  private PathTemplate(String template, int literalChars, int variables, int regexVariables,
      String[][] segments, Pattern pattern) {
    this.template = template;
    this.literalChars = literalChars;
    this.variables = variables;
    this.regexVariables = regexVariables;
    this.segments = segments;
    this.pattern = pattern;
    String t = normalize(template);
    this.literalPrefix = t.substring(0, Math.max(0, t.indexOf('{')));
  }

  /** The template without leading and trailing '/', the form routes are merged and keyed by. */
  static String normalize(String template) {
    int from = 0;
    int to = template.length();
    while (from < to && template.charAt(from) == '/') {
      from++;
    }
    while (to > from && template.charAt(to - 1) == '/') {
      to--;
    }
    return template.substring(from, to);
  }

  static boolean isLiteral(String template) {
    return template.indexOf('{') < 0;
  }

  static PathTemplate parse(String template) {
    String t = normalize(template);
    int literalChars = 0;
    int variables = 0;
    int regexVariables = 0;
    StringBuilder regex = new StringBuilder();
    List<String[]> segments = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i <= t.length()) {
      char c = i < t.length() ? t.charAt(i) : '/';
      if (c == '{') {
        int close = closingBrace(t, i);
        String body = t.substring(i + 1, close);
        int colon = body.indexOf(':');
        String name = (colon < 0 ? body : body.substring(0, colon)).trim();
        if (name.isEmpty()) {
          throw new IllegalArgumentException("template variable without a name in " + template);
        }
        flushLiteral(literal, parts, regex);
        parts.add(VARIABLE);
        variables++;
        if (colon >= 0 && !body.substring(colon + 1).trim().isEmpty()) {
          regexVariables++;
          regex.append("(?:").append(body.substring(colon + 1).trim()).append(')');
        } else {
          regex.append("[^/]+");
        }
        i = close + 1;
        continue;
      }
      if (c == '}') {
        throw new IllegalArgumentException("unbalanced '}' in " + template);
      }
      if (c == '/') {
        flushLiteral(literal, parts, regex);
        segments.add(parts.toArray(new String[0]));
        parts.clear();
        if (i < t.length()) {
          regex.append('/');
          literalChars++;
        }
      } else {
        literal.append(c);
        literalChars++;
      }
      i++;
    }
    if (regexVariables > 0) {
      regex.append("/?");
      return new PathTemplate(template, literalChars, variables, regexVariables, null,
          Pattern.compile(regex.toString()));
    }
    if (t.isEmpty()) {
      segments.clear(); // the root template has no segments
    }
    return new PathTemplate(template, literalChars, variables, 0,
        segments.toArray(new String[0][]), null);
  }

  private static void flushLiteral(StringBuilder literal, List<String> parts, StringBuilder regex) {
    if (literal.length() > 0) {
      parts.add(literal.toString());
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
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

  /**
   * Whether the path, without its leading '/' from {@code from}, matches. Plain templates
   * allocate nothing; regex templates allocate one Matcher, and only for paths that start with
   * the template's literal prefix.
   */
  boolean matches(String path, int from) {
    int end = path.length();
    if (pattern != null) {
      return path.startsWith(literalPrefix, from)
          && pattern.matcher(path).region(from, end).matches();
    }
    if (end > from && path.charAt(end - 1) == '/') {
      end--; // optional trailing slash
    }
    if (segments.length == 0) {
      return from == end;
    }
    int start = from;
    for (int s = 0; s < segments.length; s++) {
      if (start > end) {
        return false;
      }
      int slash = path.indexOf('/', start);
      int segmentEnd = slash < 0 || slash > end ? end : slash;
      boolean last = s == segments.length - 1;
      if (last != (segmentEnd == end)) {
        return false;
      }
      if (!matchesParts(segments[s], 0, path, start, segmentEnd)) {
        return false;
      }
      start = segmentEnd + 1;
    }
    return true;
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

  /** JAX-RS order: more literal characters first, then more variables, then more regex ones. */
  static int compareByPrecedence(PathTemplate a, PathTemplate b) {
    if (a.literalChars != b.literalChars) {
      return Integer.compare(b.literalChars, a.literalChars);
    }
    if (a.variables != b.variables) {
      return Integer.compare(b.variables, a.variables);
    }
    if (a.regexVariables != b.regexVariables) {
      return Integer.compare(b.regexVariables, a.regexVariables);
    }
    return a.template.compareTo(b.template); // deterministic among equals
  }
}
