package org.corsroutes.it.demo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.corsroutes.annotation.CrossOrigin;
import org.corsroutes.it.User;
import org.corsroutes.it.UserNotFoundException;

/**
 * The opposite method choice to {@link DemoAccountResource}: pages on localhost may GET and
 * DELETE a user, but not PUT one (PUT is served, for same-origin callers only). An unknown id
 * throws {@link UserNotFoundException}, which the sample's exception mapper turns into a 404
 * that the page must still be able to read.
 */
@Path("/demo/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(originPatterns = "http://localhost:*", methods = {"GET", "DELETE"})
public class DemoUsersResource {
  private static final Map<Long, User> USERS = Map.of(1L, new User(1, "Ada Lovelace"));

  @GET
  public User get(@PathParam("id") long id) {
    User user = USERS.get(id);
    if (user == null) {
      throw new UserNotFoundException(id);
    }
    return user;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public User rename(@PathParam("id") long id, Map<String, Object> body) {
    return new User(get(id).id(), String.valueOf(body.get("name")));
  }

  /** Idempotent: deleting a user that is not there is done too. Nothing is really removed. */
  @DELETE
  public Response delete(@PathParam("id") long id) {
    return Response.noContent().build();
  }
}
