package org.corsroutes.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/**
 * A diagnostics endpoint that also answers TRACE. The policy allows what the route serves,
 * except TRACE: the Fetch standard forbids it cross-origin, so the generated table refuses it.
 */
@Path("/api/echo")
@Produces(MediaType.TEXT_PLAIN)
@CrossOrigin(origins = "https://shop.example.net")
public class EchoResource {

  @GET
  public String get() {
    return "echo";
  }

  @TRACE
  public String trace() {
    return "trace";
  }
}
