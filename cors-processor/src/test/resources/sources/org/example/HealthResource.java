package org.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

@Path("api/health/")
@CrossOrigin
public class HealthResource {
  @GET
  public String health() {
    return "{\"ok\":true}";
  }
}
