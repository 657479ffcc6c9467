package org.corsroutes.it;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The policies of the sample API, written out by hand from its annotations: the oracle the fuzz
 * and concurrency tests judge CORS Routes' answers by, independent of the processor and the
 * runtime. Keyed by the resource method JAX-RS matched, as {@link ResourceProbe} reports it.
 */
enum SamplePolicies {
  USERS(true, Origins.APP, Origins.ADMIN),
  ADMIN(true, Origins.ADMIN),
  PARTNERS(false, Origins.PARTNER),
  DOCUMENTS(true, Origins.APP),
  LEGACY(false, Origins.APP),
  /** {@code originPatterns = "https://*.example.net"}. */
  WIDGETS(false),
  /** {@code @CrossOrigin}: any origin, {@code "*"}. */
  HEALTH(false),
  /** No {@code @CrossOrigin}: left to the application. */
  NONE(false);

  /** One or more whole DNS labels (lowercase, no edge hyphen) before {@code .example.net}. */
  private static final Pattern SUBDOMAIN_OF_EXAMPLE_NET = Pattern.compile(
      "https://([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+example\\.net");

  final boolean credentials;
  private final Set<String> origins;

  SamplePolicies(boolean credentials, String... origins) {
    this.credentials = credentials;
    this.origins = Set.of(origins);
  }

  /** The policy of {@code "UsersResource#list"}; NONE for null (no method matched). */
  static SamplePolicies ofMatched(String matched) {
    if (matched == null) {
      return NONE;
    }
    String type = matched.substring(0, matched.indexOf('#'));
    return switch (type) {
      case "UsersResource" -> USERS;
      case "AdminResource" -> ADMIN;
      case "PartnersResource" -> PARTNERS;
      case "DocumentsResource" -> DOCUMENTS;
      case "LegacyHeadersResource" -> LEGACY;
      case "WidgetsResource" -> WIDGETS;
      case "HealthResource" -> HEALTH;
      default -> NONE;
    };
  }

  boolean isPublic() {
    return this == HEALTH;
  }

  /** Whether the policy grants {@code origin} its own origin back (never for "*" policies). */
  boolean listsOrigin(String origin) {
    if (this == WIDGETS) {
      return origin.length() <= 8 + 253 && SUBDOMAIN_OF_EXAMPLE_NET.matcher(origin).matches();
    }
    return origins.contains(origin);
  }

  /** Whether a cross-origin request from {@code origin} may reach the resource. */
  boolean admits(String origin) {
    return this == NONE || isPublic() || listsOrigin(origin);
  }

  /**
   * Whether {@code origin} is the server's own ({@code http://127.0.0.1:<port>}) as the runtime
   * compares it: scheme and host case-insensitively, the port as a number.
   */
  static boolean isSameOrigin(String origin, int port) {
    String prefix = "http://127.0.0.1:";
    if (origin == null || !origin.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    String digits = origin.substring(prefix.length());
    return !digits.isEmpty() && digits.length() <= 5 && digits.chars().allMatch(Character::isDigit)
        && Integer.parseInt(digits) == port;
  }
}
