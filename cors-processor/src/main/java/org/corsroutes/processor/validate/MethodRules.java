package org.corsroutes.processor.validate;

import java.util.Locale;
import java.util.Set;

/** The Fetch standard's lists about method names. */
final class MethodRules {
  private MethodRules() {}

  /**
   * Methods browsers send upper-cased whatever the script wrote (Fetch "normalize a method"),
   * plus PATCH, which every JAX-RS server spells upper case too.
   */
  private static final Set<String> STANDARD =
      Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH");

  /** The upper-case spelling when {@code method} is a standard method in another case, else null. */
  static String standardSpelling(String method) {
    String upper = method.toUpperCase(Locale.ROOT);
    return STANDARD.contains(upper) && !upper.equals(method) ? upper : null;
  }
}
