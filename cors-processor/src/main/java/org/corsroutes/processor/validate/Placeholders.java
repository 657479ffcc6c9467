package org.corsroutes.processor.validate;

/** {@code "${NAME}"} origins, resolved by the runtime at startup. */
final class Placeholders {
  private Placeholders() {}

  static boolean isPlaceholder(String origin) {
    return origin.startsWith("${") && origin.endsWith("}");
  }

  static boolean hasValidName(String placeholder) {
    String name = placeholder.substring(2, placeholder.length() - 1);
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
