package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Origin patterns: any subdomain of widgets.example.com over https, and localhost on any port;
 * pages on public sites may call it on a private network (a device's local API).
 */
@Path("/widgets")
@CrossOrigin(originPatterns = {"https://*.widgets.example.com", "http://localhost:*"},
    allowPrivateNetwork = true)
public class WidgetsResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String widgets() {
    return "[]";
  }
}
