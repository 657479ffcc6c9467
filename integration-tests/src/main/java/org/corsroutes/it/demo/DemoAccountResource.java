package org.corsroutes.it.demo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.corsroutes.annotation.CrossOrigin;

/**
 * The browser demo's credentialed route. Any page on {@code http://localhost:<port>} may call it
 * with its cookies (a loopback origin, so plain http is accepted with credentials), with
 * GET, POST and PUT, sending {@code Content-Type} and {@code X-Demo-Token}; it may read
 * {@code X-Request-Id} but not {@code X-Internal-Trace}. DELETE is served but not allowed
 * cross-origin: a page's DELETE is stopped by its preflight and never reaches {@link #delete()}.
 */
@Path("/demo/account")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(
    originPatterns = "http://localhost:*",
    allowCredentials = true,
    methods = {"GET", "POST", "PUT"},
    allowedHeaders = {"Content-Type", "X-Demo-Token"},
    exposedHeaders = "X-Request-Id")
public class DemoAccountResource {

  @GET
  public Response get() {
    return traced(Response.ok(Map.of("account", "demo", "plan", "free")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Map<String, Object> body) {
    return traced(Response.status(Response.Status.CREATED).entity(Map.of("created", body)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(Map<String, Object> body) {
    return traced(Response.ok(Map.of("updated", body)));
  }

  @DELETE
  public Response delete() {
    return traced(Response.noContent());
  }

  private static Response traced(Response.ResponseBuilder response) {
    return response
        .header("X-Request-Id", UUID.randomUUID().toString())
        .header("X-Internal-Trace", "demo-account/" + ProcessHandle.current().pid())
        .build();
  }
}
