package org.corsroutes.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Same-origin only (no policy) and answering OPTIONS itself: the CORS runtime must leave such
 * OPTIONS requests to the application, whatever headers they carry.
 */
@Path("/api/meta")
@Produces(MediaType.APPLICATION_JSON)
public class MetaResource {

  @GET
  public Map<String, String> meta() {
    return Map.of("service", "cors-routes-sample");
  }

  @OPTIONS
  public Response options() {
    return Response.ok(Map.of("options", "answered by MetaResource"))
        .header("Allow", "GET, OPTIONS")
        .header("X-Handled-By", "MetaResource")
        .build();
  }
}
