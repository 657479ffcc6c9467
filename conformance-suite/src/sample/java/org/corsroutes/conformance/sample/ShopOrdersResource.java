package org.corsroutes.conformance.sample;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.corsroutes.annotation.CrossOrigin;

/**
 * One front end with cookies, two request headers, one exposed response header, and two of the
 * three methods the route serves: PUT is served but not allowed cross-origin.
 */
@Path("/shop/orders")
@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true,
    methods = {"GET", "POST"}, allowedHeaders = {"Authorization", "Content-Type"},
    exposedHeaders = "X-Total-Count", maxAge = 600)
public class ShopOrdersResource {
  /** How many orders POST has created: a refused request must never reach the method. */
  static final AtomicInteger CREATED = new AtomicInteger();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list() {
    return Response.ok("[]")
        .header("X-Total-Count", "0")
        .header("X-Internal-Trace", "not-exposed")
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(String order) {
    CREATED.incrementAndGet();
    return Response.status(Response.Status.CREATED).entity(order).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String replaceAll(String orders) {
    return "replaced";
  }
}
