package org.corsroutes.it.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Behind {@link DemoAuthFilter}: without a bearer token the filter answers 401, and the page
 * must be able to read that 401 (to send the user to the login), so it carries CORS headers.
 */
@Path("/demo/private")
@CrossOrigin(originPatterns = "http://localhost:*", allowCredentials = true, allowedHeaders = "Authorization")
public class DemoPrivateResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> secret() {
    return Map.of("secret", "42");
  }
}
