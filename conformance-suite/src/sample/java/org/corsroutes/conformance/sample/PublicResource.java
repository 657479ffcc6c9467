package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/** A public route: an empty {@code @CrossOrigin} is {@code origins = "*"}. */
@Path("/public/status")
@CrossOrigin
public class PublicResource {
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String status() {
    return "up";
  }
}
