package org.corsroutes.it.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/** {@code GET /demo/log?run=...}: what the server saw of one run of the demo page. */
@Path("/demo/log")
@CrossOrigin(originPatterns = "http://localhost:*")
public class DemoLogResource {
  private final DemoLog log;

  public DemoLogResource(@Context Configuration config) {
    this.log = DemoLog.of(config);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DemoLog.Entry> entries(@QueryParam("run") String run) {
    return run == null ? List.of() : log.entries(run);
  }
}
