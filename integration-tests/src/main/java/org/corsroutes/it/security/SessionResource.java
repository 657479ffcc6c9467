package org.corsroutes.it.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A session endpoint whose origins come from deployment configuration. Compiled without a
 * policy: the tests give it hand-written tables with {@code ${SESSION_ORIGINS}} and
 * credentials, so that every other application on the class path starts without that variable.
 */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  @GET
  public Map<String, String> session() {
    return Map.of("user", "ada");
  }
}
