package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Failures in a resource method: exceptions JAX-RS turns into responses itself, and one that
 * nothing maps, which each server hands to its container in its own way.
 */
@Path("/faults")
@CrossOrigin(origins = "https://shop.example.com")
public class FaultsResource {
  @GET
  @Path("gone")
  @Produces(MediaType.TEXT_PLAIN)
  public String gone() {
    throw new WebApplicationException(Response.status(Response.Status.GONE)
        .type(MediaType.TEXT_PLAIN_TYPE).entity("gone").build());
  }

  @GET
  @Path("missing")
  @Produces(MediaType.TEXT_PLAIN)
  public String missing() {
    throw new NotFoundException();
  }

  @GET
  @Path("unmapped")
  @Produces(MediaType.TEXT_PLAIN)
  public String unmapped() {
    throw new IllegalStateException("unmapped failure in the resource");
  }
}
