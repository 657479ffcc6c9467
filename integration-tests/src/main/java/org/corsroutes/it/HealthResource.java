package org.corsroutes.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.corsroutes.annotation.CrossOrigin;

/** A public endpoint: any page may read it, without credentials (the empty {@code @CrossOrigin} is "*"). */
@Path("/api/health")
@CrossOrigin
public class HealthResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> health() {
    return Map.of("status", "up");
  }
}
