package org.corsroutes.it.routing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.corsroutes.annotation.CrossOrigin;

/** Profiles of users, readable with credentials by the admin console only. */
@Path("/users")
@CrossOrigin(origins = RoutingApp.ADMIN, allowCredentials = true)
public class UserProfiles {
  @GET
  @Path("{id}/profile")
  public String profile(@PathParam("id") String id) {
    return "profile of user " + id;
  }
}
