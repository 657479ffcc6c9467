package org.corsroutes.conformance.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Origins known only at deployment: read at startup from system property, else environment
 * variable, {@value #VARIABLE} (comma-separated).
 */
@Path("/partners")
@CrossOrigin(origins = "${CONFORMANCE_PARTNER_ORIGINS}")
public class PartnersResource {
  /** The variable the policy names. */
  public static final String VARIABLE = "CONFORMANCE_PARTNER_ORIGINS";

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String partners() {
    return "[]";
  }
}
