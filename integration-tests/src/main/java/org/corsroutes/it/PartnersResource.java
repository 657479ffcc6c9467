package org.corsroutes.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/**
 * Read by partners' sites, which differ per deployment: the origins come from the
 * {@code PARTNER_ORIGINS} system property or environment variable at startup, checked there
 * by the same rules as origins written in the annotation.
 */
@Path("/api/partners")
@CrossOrigin(origins = "${PARTNER_ORIGINS}")
public class PartnersResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> catalog() {
    return List.of("widget-feed", "price-list");
  }
}
