package org.corsroutes.conformance.sample.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.corsroutes.annotation.CrossOrigin;

/** The package's policy, except for {@code PUT /catalog/{id}}, which only the editor may call. */
@Path("/catalog")
public class CatalogResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    return "[]";
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public String item(@PathParam("id") String id) {
    return "{}";
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @CrossOrigin(origins = "https://editor.example.com", allowedHeaders = "Content-Type")
  public String update(@PathParam("id") String id, String item) {
    return item;
  }
}
