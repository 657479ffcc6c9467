package org.corsroutes.bench;

/**
 * The resource the benchmark tables describe ({@link Policies#RESOURCE}): JAX-RS would match
 * these methods; the benchmarks hand them to CorsBinder as JAX-RS does when it deploys them.
 */
public class UsersResource {
  public String get(long id) {
    return "user";
  }

  public String post(long id) {
    return "created";
  }

  public String put(long id) {
    return "updated";
  }

  public String delete(long id) {
    return "deleted";
  }
}
