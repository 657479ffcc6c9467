package org.corsroutes.it.routing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

/**
 * {@code users} of the admin application: the same path as {@link PublicUsers}, another policy.
 * Each application applies its own; one application registering both cannot start.
 */
@Path("users")
@CrossOrigin(origins = RoutingApp.ADMIN, allowCredentials = true)
public class AdminUsers {
  @GET
  public String list() {
    return "admin users";
  }
}
