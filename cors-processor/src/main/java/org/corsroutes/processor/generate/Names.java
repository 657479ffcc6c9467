package org.corsroutes.processor.generate;

import java.util.HashSet;
import java.util.Set;

/** Java identifiers derived from paths and element names, unique within one generated class. */
final class Names {
  private final Set<String> used = new HashSet<>();

  /** {@code UsersResource} → {@code USERS_RESOURCE}, {@code /api/users/{id}} → {@code API_USERS_ID}. */
  String constant(String source) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false; // inside a {name: regex}, after the name
    char previous = '_';
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == ':' && source.lastIndexOf('{', i) > source.lastIndexOf('}', i)) {
        skipping = true;
      } else if (c == '}') {
        skipping = false;
      }
      if (skipping) {
        continue;
      }
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          out.append('_');
        }
        out.append(Character.toUpperCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      previous = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    String name = out.substring(0, end);
    if (name.isEmpty()) {
      name = "ROOT";
    } else if (Character.isDigit(name.charAt(0))) {
      name = "_" + name;
    }
    return unique(name);
  }

  private String unique(String name) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }
}
