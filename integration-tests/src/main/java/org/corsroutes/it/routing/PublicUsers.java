package org.corsroutes.it.routing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

/** {@code users} of the public application: readable by the app, without credentials. */
@Path("users")
@CrossOrigin(origins = RoutingApp.APP)
public class PublicUsers {
  @GET
  public String list() {
    return "public users";
  }
}
