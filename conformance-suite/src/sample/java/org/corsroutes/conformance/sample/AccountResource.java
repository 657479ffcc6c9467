package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Behind {@link AuthFilter}: a page without a token gets the filter's 401, and an unknown order
 * the mapper's 404; both must carry the grant, or the page sees a CORS error instead.
 */
@Path("/account")
@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true,
    allowedHeaders = "Authorization")
public class AccountResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String account() {
    return "{\"name\":\"ada\"}";
  }

  @GET
  @Path("orders/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public String order(@PathParam("id") String id) {
    if (!id.equals("1")) {
      throw new OrderNotFoundException(id);
    }
    return "{\"id\":1}";
  }
}
