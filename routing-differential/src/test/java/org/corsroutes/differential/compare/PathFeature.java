package org.corsroutes.differential.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A feature of a raw request path that routers treat differently, with the rewrite that takes
 * it away: where the two sides agree once it is gone, the feature is the cause.
 */
public enum PathFeature {
  MATRIX("matrix parameters", PathFeature::stripMatrix),
  ENCODED_SLASH("an encoded slash (%2F)", p -> p.replace("%2F", "/").replace("%2f", "/")),
  PERCENT_ENCODING("a percent-encoded unreserved character", PathFeature::decodeUnreserved),
  EMPTY_SEGMENT("an empty segment (// or a leading /)", PathFeature::dropEmptySegments),
  TRAILING_SLASH("a trailing slash", PathFeature::stripTrailingSlashes);

  private final String description;
  private final UnaryOperator<String> remove;

  PathFeature(String description, UnaryOperator<String> remove) {
    this.description = description;
    this.remove = remove;
  }

  public String description() {
    return description;
  }

  /** The path without this feature; the same string where it has none. */
  public String remove(String rawPath) {
    return remove.apply(rawPath);
  }

  public boolean in(String rawPath) {
    return !remove(rawPath).equals(rawPath);
  }

  public static List<PathFeature> of(String rawPath) {
    List<PathFeature> out = new ArrayList<>();
    for (PathFeature f : values()) {
      if (f.in(rawPath)) {
        out.add(f);
      }
    }
    return out;
  }

  private static String stripMatrix(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      int semicolon = segment.indexOf(';');
      out.append(semicolon < 0 ? segment : segment.substring(0, semicolon)).append('/');
    }
    return out.substring(0, out.length() - 1);
  }

  private static String decodeUnreserved(String path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i + 2 < path.length()) {
        int v = Integer.parseInt(path.substring(i + 1, i + 3), 16);
        if (Character.isLetterOrDigit(v) && v < 128 || v == '-' || v == '.' || v == '_'
            || v == '~') {
          out.append((char) v);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String dropEmptySegments(String path) {
    String out = path.replaceAll("/{2,}", "/");
    return out.startsWith("/") ? out.substring(1) : out;
  }

  private static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
