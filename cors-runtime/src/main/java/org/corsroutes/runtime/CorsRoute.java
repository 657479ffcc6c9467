package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The resource methods of one resource class that share one {@code @Path} template (empty for
 * the methods without one), each with what CORS Routes does for it. Built by generated code:
 *
 * <pre>{@code
 * static final CorsRoute API_USERS = CorsRoute.withoutPath()
 *     .bind("GET, POST", USERS, "GET list()", "POST create(java.lang.String)")
 *     .build();
 * static final CorsRoute API_USERS_ID = CorsRoute.path("{id}")
 *     .bind("GET, PUT", USERS, "GET get(long)", "PUT update(long,java.lang.String)")
 *     .refuse(USERS, "PATCH patch(long)")
 *     .serve("DELETE delete(long)")
 *     .build();
 * }</pre>
 *
 * <p>A method is written {@code "HTTP-METHOD javaName(parameter types)"}, the parameter types
 * erased and spelled as {@link Class#getTypeName()} spells them, so the runtime can recognise
 * the Java method JAX-RS matched without reading any annotation.
 *
 * @param path the method-level {@code @Path} as written, or null for the methods without one
 *     (a method with {@code @Path("")} is not one of them: JAX-RS routes it apart)
 * @param bindings the methods a policy allows, grouped by policy
 * @param refused the methods under a policy whose {@code methods} leave them out: a
 *     cross-origin request for them is refused
 * @param served the methods without a policy: CORS Routes leaves them alone, but JAX-RS routes
 *     to them, so they take part in matching preflights
 */
public record CorsRoute(String path, List<Binding> bindings, List<Binding> refused,
    List<String> served) {

  public CorsRoute {
    bindings = List.copyOf(bindings);
    refused = List.copyOf(refused);
    served = List.copyOf(served);
  }

  /** The methods with this method-level {@code @Path}. */
  public static Builder path(String path) {
    return new Builder(Objects.requireNonNull(path, "path"));
  }

  /** The resource's methods without a method-level {@code @Path}. */
  public static Builder withoutPath() {
    return new Builder(null);
  }

  /**
   * Methods of a route governed by one policy.
   *
   * @param allowMethods the precomputed {@code Access-Control-Allow-Methods} value for them
   *     (empty for refused methods)
   * @param policy the policy
   * @param methods the methods, {@code "GET get(long)"}
   */
  public record Binding(String allowMethods, CorsPolicy policy, List<String> methods) {
    public Binding {
      Objects.requireNonNull(allowMethods, "allowMethods");
      Objects.requireNonNull(policy, "policy");
      methods = List.copyOf(methods);
    }
  }

  /** Collects the methods of a route. */
  public static final class Builder {
    private final String path;
    private final List<Binding> bindings = new ArrayList<>();
    private final List<Binding> refused = new ArrayList<>();
    private final List<String> served = new ArrayList<>();

    private Builder(String path) {
      this.path = path;
    }

    /** Methods the policy allows, answered with {@code allowMethods}. */
    public Builder bind(String allowMethods, CorsPolicy policy, String... methods) {
      bindings.add(new Binding(allowMethods, policy, List.of(methods)));
      return this;
    }

    /** Methods under the policy that its {@code methods} attribute leaves out. */
    public Builder refuse(CorsPolicy policy, String... methods) {
      refused.add(new Binding("", policy, List.of(methods)));
      return this;
    }

    /** Methods without a policy. */
    public Builder serve(String... methods) {
      served.addAll(List.of(methods));
      return this;
    }

    public CorsRoute build() {
      return new CorsRoute(path, bindings, refused, served);
    }
  }
}
