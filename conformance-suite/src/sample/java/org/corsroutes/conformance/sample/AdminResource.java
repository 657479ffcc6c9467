package org.corsroutes.conformance.sample;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Its policy is the composed {@link AdminCors}. */
@Path("/admin/users")
@AdminCors
public class AdminResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String users() {
    return "[]";
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    return Response.noContent().build();
  }
}
