package org.corsroutes.it.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Public data: {@code Access-Control-Allow-Origin: *}. Any page reads it, but not with
 * {@code credentials: 'include'}: browsers refuse a {@code *} answer to a credentialed request.
 */
@Path("/demo/public")
@CrossOrigin
public class DemoPublicResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> status() {
    return Map.of("status", "public");
  }
}
