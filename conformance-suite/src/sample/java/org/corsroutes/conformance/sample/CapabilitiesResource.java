package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Answers {@code OPTIONS} itself: an {@code OPTIONS} that is not a preflight must reach it.
 * (CorsFeature answers the preflights, which is what the warning is about: meant here.)
 */
@Path("/capabilities")
@CrossOrigin(origins = "https://shop.example.com")
@SuppressWarnings("CorsUserOptionsMethod")
public class CapabilitiesResource {
  /** The body of the resource's own OPTIONS answer. */
  public static final String OPTIONS_BODY = "capabilities: GET, OPTIONS";

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get() {
    return "capabilities";
  }

  @OPTIONS
  @Produces(MediaType.TEXT_PLAIN)
  public Response options() {
    return Response.ok(OPTIONS_BODY).header("Allow", "GET, OPTIONS").build();
  }
}
