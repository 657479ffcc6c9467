package org.corsroutes.it.routing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Profiles by account type, readable by a partner. Its class template {@code /{type}} also
 * matches {@code /users/...}, but JAX-RS chooses the class first: {@code /users/administrator/profile}
 * belongs to {@link UserProfiles}, whatever this class's longer method template says.
 */
@Path("/{type}")
@CrossOrigin(origins = RoutingApp.PARTNER, allowCredentials = true)
public class TypeProfiles {
  @GET
  @Path("administrator/profile")
  public String administrator(@PathParam("type") String type) {
    return "administrator profile of " + type;
  }
}
