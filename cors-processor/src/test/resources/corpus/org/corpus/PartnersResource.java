package org.corpus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

/** Policy 1 used on a class; policy 23 on a sub-resource class reached by a locator. */
@Path("/partners")
@PartnerCors
public class PartnersResource {
  @GET public String list() { return ""; }

  @Path("settings") public Settings settings() { return new Settings(); }

  @CrossOrigin(origins = "https://settings.example.com", methods = {"GET", "PUT"})
  public static class Settings {
    @GET public String get() { return ""; }
    @PUT public String put(String body) { return body; }
  }
}
