package org.corsroutes.bench;

import java.util.List;
import java.util.regex.Pattern;
import org.corsroutes.runtime.CorsPolicy;
import org.corsroutes.runtime.CorsResource;
import org.corsroutes.runtime.CorsRoute;
import org.corsroutes.runtime.CorsRouteTable;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The three policies every implementation is measured with, written once per implementation:
 * a CORS Routes table (as the processor would generate it), a Spring {@link CorsConfiguration}
 * and the hand-written baseline. Same origins, methods, headers, credentials and max age.
 */
public enum Policies {
  /** Exact origin list with credentials: the credentialed API of a single-page app. */
  EXACT(List.of("https://app.example.com", "https://admin.example.com", "https://ops.example.com"),
      null, true, List.of("Authorization", "Content-Type"), List.of("X-Request-Id")),
  /** {@code *}: a public API, any header. */
  ANY(List.of("*"), null, false, List.of(), List.of()),
  /** Subdomain pattern {@code https://*.example.com}. */
  PATTERN(List.of(), "https://*.example.com", false, List.of("Authorization", "Content-Type"),
      List.of());

  static final String TEMPLATE = "/api/users/{id}";
  /** The resource class the table describes, as the processor names it. */
  static final String RESOURCE = "org.corsroutes.bench.UsersResource";

  /** The Java method serving an HTTP method, as the generated table lists it. */
  static String javaMethod(String httpMethod) {
    return httpMethod.toLowerCase(java.util.Locale.ROOT) + "(long)";
  }
  static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

  final List<String> origins;
  final String pattern;
  final boolean credentials;
  final List<String> allowedHeaders;
  final List<String> exposedHeaders;

  Policies(List<String> origins, String pattern, boolean credentials, List<String> allowedHeaders,
      List<String> exposedHeaders) {
    this.origins = origins;
    this.pattern = pattern;
    this.credentials = credentials;
    this.allowedHeaders = allowedHeaders;
    this.exposedHeaders = exposedHeaders;
  }

  /** The table the processor generates for a resource with this policy on GET/POST/PUT/DELETE. */
  CorsRouteTable table() {
    CorsPolicy.Builder policy = CorsPolicy.declaredOn("org.corsroutes.bench." + name())
        .origins(origins.toArray(new String[0]))
        .maxAge("1800");
    if (pattern != null) {
      policy.originPatterns(pattern);
    }
    if (credentials) {
      policy.allowCredentials();
    }
    if (!allowedHeaders.isEmpty()) {
      policy.allowHeaders(String.join(", ", allowedHeaders));
    }
    if (!exposedHeaders.isEmpty()) {
      policy.exposeHeaders(String.join(", ", exposedHeaders));
    }
    CorsResource resource = CorsResource.root(TEMPLATE, RESOURCE)
        .routes(CorsRoute.withoutPath()
            .bind(String.join(", ", METHODS), policy.build(),
                METHODS.stream().map(m -> m + " " + javaMethod(m)).toArray(String[]::new))
            .build())
        .build();
    return () -> resource;
  }

  CorsConfiguration spring() {
    CorsConfiguration config = new CorsConfiguration();
    if (!origins.isEmpty()) {
      config.setAllowedOrigins(origins);
    }
    if (pattern != null) {
      config.setAllowedOriginPatterns(List.of(pattern));
    }
    config.setAllowCredentials(credentials);
    config.setAllowedMethods(METHODS);
    config.setAllowedHeaders(allowedHeaders.isEmpty() ? List.of("*") : allowedHeaders);
    config.setExposedHeaders(exposedHeaders);
    config.setMaxAge(1800L);
    return config;
  }

  HandWrittenCors handWritten() {
    Pattern regex = pattern == null ? null
        : Pattern.compile("https://[a-z0-9-]+(\\.[a-z0-9-]+)*\\.example\\.com");
    return new HandWrittenCors(origins, regex, credentials, METHODS, allowedHeaders,
        exposedHeaders);
  }
}
