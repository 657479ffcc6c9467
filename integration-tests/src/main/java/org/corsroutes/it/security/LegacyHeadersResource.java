package org.corsroutes.it.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.corsroutes.annotation.CrossOrigin;

/**
 * A resource that still writes CORS headers by hand, more generous than its policy (another
 * origin, credentials, an exposed session header): on a route with a policy, only the policy
 * may say who reads the answer.
 */
@Path("/api/legacy")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(origins = "https://app.example.com")
public class LegacyHeadersResource {
  @GET
  public Response get() {
    return Response.ok("{\"legacy\":true}")
        .header("Access-Control-Allow-Origin", "https://evil.example.com")
        .header("Access-Control-Allow-Credentials", "true")
        .header("Access-Control-Expose-Headers", "X-Session")
        .header("access-control-allow-methods", "GET, PUT, DELETE")
        .header("X-Session", "s3cr3t")
        .build();
  }
}
