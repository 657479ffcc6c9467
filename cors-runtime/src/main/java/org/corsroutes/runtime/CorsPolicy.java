package org.corsroutes.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One {@code @CrossOrigin} policy as the processor resolved it, with every header value
 * precomputed at build time. Built by generated code:
 *
 * <pre>{@code
 * static final CorsPolicy USERS = CorsPolicy.declaredOn("org.example.UsersResource")
 *     .declaredAt("org/example/UsersResource.java:12")
 *     .origins("https://admin.example.com", "https://app.example.com")
 *     .allowCredentials()
 *     .allowHeaders("Authorization, Content-Type")
 *     .maxAge("1800")
 *     .build();
 * }</pre>
 *
 * @param declaredOn where the annotation is, for messages ("org.example.UsersResource#delete")
 * @param declaredAt the source file and line of the annotation
 *     ({@code "org/example/UsersResource.java:12"}), for refusal messages; null when the compiler
 *     did not say (a compiler other than javac, or a table written by hand or by an earlier
 *     processor)
 * @param origins exact origins, {@code "*"}, or {@code "${NAME}"} placeholders resolved at startup
 * @param originPatterns origin patterns ({@code "https://*.example.com"}, {@code "http://localhost:*"})
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent
 * @param allowHeaders the {@code Access-Control-Allow-Headers} value, or null to allow the
 *     headers a preflight asks for (when they form a valid header list)
 * @param exposeHeaders the {@code Access-Control-Expose-Headers} value, or null for none
 * @param maxAge the {@code Access-Control-Max-Age} value, or null for none
 * @param allowPrivateNetwork whether Private Network Access preflights are allowed
 * @param allowInsecureOrigins whether the build passed {@code -Acors.allowInsecureOrigins=true},
 *     which makes plain-http origins with credentials a warning instead of an error; startup
 *     applies the same rule to {@code ${NAME}} values
 */
public record CorsPolicy(
    String declaredOn,
    String declaredAt,
    List<String> origins,
    List<String> originPatterns,
    boolean allowCredentials,
    String allowHeaders,
    String exposeHeaders,
    String maxAge,
    boolean allowPrivateNetwork,
    boolean allowInsecureOrigins) {

  public CorsPolicy {
    Objects.requireNonNull(declaredOn, "declaredOn");
    origins = List.copyOf(origins);
    originPatterns = List.copyOf(originPatterns);
  }

  /** The policy without a declaration site, as tables of earlier processors built it. */
  public CorsPolicy(String declaredOn, List<String> origins, List<String> originPatterns,
      boolean allowCredentials, String allowHeaders, String exposeHeaders, String maxAge,
      boolean allowPrivateNetwork, boolean allowInsecureOrigins) {
    this(declaredOn, null, origins, originPatterns, allowCredentials, allowHeaders, exposeHeaders,
        maxAge, allowPrivateNetwork, allowInsecureOrigins);
  }

  /** {@code org.example.UsersResource#delete (@AdminCors) at org/example/UsersResource.java:40}. */
  String site() {
    return declaredAt == null ? declaredOn : declaredOn + " at " + declaredAt;
  }

  public static Builder declaredOn(String declaredOn) {
    return new Builder(declaredOn);
  }

  /** Fluent construction for generated code; unset values take the annotation's defaults. */
  public static final class Builder {
    private final String declaredOn;
    private String declaredAt;
    private List<String> origins = List.of();
    private List<String> originPatterns = List.of();
    private boolean allowCredentials;
    private String allowHeaders;
    private String exposeHeaders;
    private String maxAge;
    private boolean allowPrivateNetwork;
    private boolean allowInsecureOrigins;

    private Builder(String declaredOn) {
      this.declaredOn = declaredOn;
    }

    /** {@code "org/example/UsersResource.java:12"}: where the annotation is written. */
    public Builder declaredAt(String sourceLine) {
      this.declaredAt = sourceLine;
      return this;
    }

    public Builder origins(String... origins) {
      this.origins = List.of(origins);
      return this;
    }

    public Builder originPatterns(String... patterns) {
      this.originPatterns = List.of(patterns);
      return this;
    }

    public Builder allowCredentials() {
      this.allowCredentials = true;
      return this;
    }

    public Builder allowHeaders(String value) {
      this.allowHeaders = value;
      return this;
    }

    public Builder exposeHeaders(String value) {
      this.exposeHeaders = value;
      return this;
    }

    public Builder maxAge(String seconds) {
      this.maxAge = seconds;
      return this;
    }

    public Builder allowPrivateNetwork() {
      this.allowPrivateNetwork = true;
      return this;
    }

    public Builder allowInsecureOrigins() {
      this.allowInsecureOrigins = true;
      return this;
    }

    public CorsPolicy build() {
      return new CorsPolicy(declaredOn, declaredAt, origins, originPatterns, allowCredentials, allowHeaders,
          exposeHeaders, maxAge, allowPrivateNetwork, allowInsecureOrigins);
    }
  }
}
