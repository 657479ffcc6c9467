package org.corsroutes.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The back office, for the admin console only: the composed {@link AdminCors} policy. */
@Path("/api/admin")
@AdminCors
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  private final UserDirectory users;

  public AdminResource(UserDirectory users) {
    this.users = users;
  }

  @GET
  @Path("audit")
  public List<String> audit() {
    return List.of("2025-01-01T00:00:00Z admin signed in", "2025-01-01T00:01:00Z user 2 renamed");
  }

  @DELETE
  @Path("users/{id}")
  public void deleteUser(@PathParam("id") long id) {
    users.remove(id);
  }
}
