package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** No policy: lets the suite see what the application did (how many orders were created). */
@Path("/probe")
public class ProbeResource {
  @GET
  @Path("orders-created")
  @Produces(MediaType.TEXT_PLAIN)
  public String ordersCreated() {
    return Integer.toString(ShopOrdersResource.CREATED.get());
  }
}
