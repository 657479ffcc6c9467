package org.corsroutes.it.routing;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.corsroutes.annotation.CrossOrigin;

/**
 * {@code GET follows/all} next to {@code POST/DELETE follows/{name}}: JAX-RS sends
 * {@code POST follows/all} to the {@code {name}} method (the literal template does not serve
 * POST), so its preflight must be answered with that method's policy.
 */
@Path("/accounts/{owner}")
@CrossOrigin(origins = RoutingApp.APP, allowCredentials = true)
public class Follows {
  @GET
  @Path("follows/all")
  public String all(@PathParam("owner") String owner) {
    return "everyone " + owner + " follows";
  }

  @POST
  @Path("follows/{name}")
  public String follow(@PathParam("owner") String owner, @PathParam("name") String name) {
    return owner + " follows " + name;
  }

  @DELETE
  @Path("follows/{name}")
  public String unfollow(@PathParam("owner") String owner, @PathParam("name") String name) {
    return owner + " unfollows " + name;
  }
}
