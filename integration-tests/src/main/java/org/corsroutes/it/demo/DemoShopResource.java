package org.corsroutes.it.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/**
 * An origin pattern: every subdomain of localhost on any port, e.g.
 * {@code http://shop.localhost:8081} (browsers resolve {@code *.localhost} to loopback), but
 * not {@code http://localhost:8081} itself: {@code *.} stands for at least one label.
 */
@Path("/demo/shop")
@CrossOrigin(originPatterns = "http://*.localhost:*")
public class DemoShopResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> products() {
    return List.of("sprocket", "gizmo");
  }
}
