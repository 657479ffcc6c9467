package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One path template of the application and the CORS policy of each HTTP method it serves.
 * Built by generated code:
 *
 * <pre>{@code
 * static final CorsRoute API_USERS_ID = CorsRoute.path("/api/users/{id}")
 *     .bind("GET, PUT", USERS, "GET", "PUT")
 *     .bind("DELETE", USERS_DELETE, "DELETE")
 *     .build();
 * }</pre>
 *
 * @param template the JAX-RS path template, leading slash, class and method {@code @Path} joined
 * @param bindings the policies of the methods the route serves, at most one per method
 */
public record CorsRoute(String template, List<Binding> bindings) {

  public CorsRoute {
    Objects.requireNonNull(template, "template");
    bindings = List.copyOf(bindings);
  }

  public static Builder path(String template) {
    return new Builder(template);
  }

  /**
   * Methods of a route governed by one policy.
   *
   * @param allowMethods the precomputed {@code Access-Control-Allow-Methods} value for them
   * @param policy the policy
   * @param methods the methods bound, as the route serves them
   */
  public record Binding(String allowMethods, CorsPolicy policy, List<String> methods) {
    public Binding {
      Objects.requireNonNull(allowMethods, "allowMethods");
      Objects.requireNonNull(policy, "policy");
      methods = List.copyOf(methods);
    }
  }

  /** Collects the bindings of a route. */
  public static final class Builder {
    private final String template;
    private final List<Binding> bindings = new ArrayList<>();

    private Builder(String template) {
      this.template = template;
    }

    public Builder bind(String allowMethods, CorsPolicy policy, String... methods) {
      bindings.add(new Binding(allowMethods, policy, List.of(methods)));
      return this;
    }

    public CorsRoute build() {
      return new CorsRoute(template, bindings);
    }
  }
}
