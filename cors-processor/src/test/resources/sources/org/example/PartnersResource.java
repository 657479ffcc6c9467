package org.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

@Path("/api/partners")
public class PartnersResource {
  @GET
  @CrossOrigin(origins = "${PARTNER_ORIGINS}", originPatterns = "https://*.example.net",
      maxAge = -1, allowPrivateNetwork = true)
  public String list() {
    return "[]";
  }

  /** No policy: not in the table. */
  @GET
  @Path("internal")
  public String internal() {
    return "[]";
  }
}
