package org.corsroutes.it;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.corsroutes.annotation.CrossOrigin;

/**
 * The users API that the single-page app and the admin console call with their session
 * (credentials). Pages may read {@code X-Request-Id} (to quote it in bug reports) but not
 * {@code X-Internal-Trace}, which is for the operators' logs only.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(
    origins = {"https://app.example.com", "https://admin.example.com"},
    allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"},
    exposedHeaders = "X-Request-Id")
public class UsersResource {
  private final UserDirectory users;

  public UsersResource(UserDirectory users) {
    this.users = users;
  }

  @GET
  public Response list() {
    return traced(Response.ok(users.all()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser body) {
    User user = users.add(requireName(body));
    return traced(Response.created(URI.create("/api/users/" + user.id())).entity(user));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return traced(Response.ok(users.get(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rename(@PathParam("id") long id, NewUser body) {
    return traced(Response.ok(users.rename(id, requireName(body))));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    users.remove(id);
    return traced(Response.noContent());
  }

  private static String requireName(NewUser body) {
    if (body == null || body.name() == null || body.name().isBlank()) {
      throw new BadRequestException("name is required");
    }
    return body.name();
  }

  private static Response traced(Response.ResponseBuilder response) {
    return response
        .header("X-Request-Id", UUID.randomUUID().toString())
        .header("X-Internal-Trace", "users-service/" + ProcessHandle.current().pid())
        .build();
  }
}
