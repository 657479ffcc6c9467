package org.corsroutes.it.routing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.corsroutes.annotation.CrossOrigin;

/** Uploads a browser form may post: refusals must hold whatever matrix parameters say. */
@Path("/v1/upload")
@CrossOrigin(origins = RoutingApp.APP)
public class Uploads {
  /** How many uploads reached the resource, so a test can tell a refusal kept it out. */
  public static final AtomicInteger RECEIVED = new AtomicInteger();

  @POST
  public String upload(String body) {
    RECEIVED.incrementAndGet();
    return "stored";
  }

  @GET
  public String list() {
    return "uploads";
  }
}
