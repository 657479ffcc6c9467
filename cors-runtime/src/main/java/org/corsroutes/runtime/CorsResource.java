package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resource class as JAX-RS routes it: a root resource's class template, the routes of its
 * resource methods, and its sub-resource locators with the resource each one returns. The
 * runtime routes a preflight through this tree the way JAX-RS routes the actual request: the
 * class template first, then a method or a locator inside it. Built by generated code:
 *
 * <pre>{@code
 * static final CorsResource RESOURCE = CorsResource.root("/api/users", "org.example.UsersResource")
 *     .routes(API_USERS, API_USERS_ID)
 *     .locator("{id}/settings", "settings(long)", CorsResource.of("org.example.SettingsResource")
 *         .routes(SETTINGS)
 *         .build())
 *     .build();
 * }</pre>
 *
 * @param template the class {@code @Path} of a root resource as written, or null for a
 *     sub-resource (JAX-RS ignores a sub-resource's class {@code @Path})
 * @param className the binary name of the class whose methods are listed (for a sub-resource,
 *     the type the locator declares it returns)
 * @param routes the resource methods, grouped by method {@code @Path}
 * @param locators the sub-resource locators
 */
public record CorsResource(String template, String className, List<CorsRoute> routes,
    List<Locator> locators) {

  public CorsResource {
    Objects.requireNonNull(className, "className");
    routes = List.copyOf(routes);
    locators = List.copyOf(locators);
  }

  /** A root resource class: {@code @Path} on the class. */
  public static Builder root(String template, String className) {
    return new Builder(Objects.requireNonNull(template, "template"), className);
  }

  /** A sub-resource class, reached through a locator. */
  public static Builder of(String className) {
    return new Builder(null, className);
  }

  /**
   * A sub-resource locator: a method with {@code @Path} and no HTTP method.
   *
   * @param path its {@code @Path} as written
   * @param method its name and erased parameter types, {@code "settings(long)"}
   * @param target the resource it returns, or null when that cannot be known at build time
   *     (the runtime then answers no preflight below it)
   */
  public record Locator(String path, String method, CorsResource target) {
    public Locator {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(method, "method");
    }
  }

  /** Collects a resource's routes and locators. */
  public static final class Builder {
    private final String template;
    private final String className;
    private final List<CorsRoute> routes = new ArrayList<>();
    private final List<Locator> locators = new ArrayList<>();

    private Builder(String template, String className) {
      this.template = template;
      this.className = className;
    }

    public Builder routes(CorsRoute... routes) {
      this.routes.addAll(List.of(routes));
      return this;
    }

    public Builder locator(String path, String method, CorsResource target) {
      locators.add(new Locator(path, method, target));
      return this;
    }

    /** A locator whose returned resource is not known at build time. */
    public Builder locator(String path, String method) {
      return locator(path, method, null);
    }

    public CorsResource build() {
      return new CorsResource(template, className, routes, locators);
    }
  }
}
