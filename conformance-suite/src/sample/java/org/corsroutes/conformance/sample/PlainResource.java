package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * No policy: CORS Routes leaves it alone, preflights included. Its own {@code OPTIONS} method
 * makes the application's answer the same on every server.
 */
@Path("/plain")
public class PlainResource {
  /** The body of the resource's own OPTIONS answer. */
  public static final String OPTIONS_BODY = "plain: GET, OPTIONS";

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get() {
    return "plain";
  }

  @OPTIONS
  @Produces(MediaType.TEXT_PLAIN)
  public Response options() {
    return Response.ok(OPTIONS_BODY).header("Allow", "GET, OPTIONS").build();
  }
}
