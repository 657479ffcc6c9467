package org.corsroutes.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/**
 * The shop's orders, declared by an interface (as one shared with clients would be): the class
 * template, the routes and the policy are written here, {@link OrdersResource} implements them
 * and is the root resource JAX-RS serves. Generic, so the implementing methods' erasures differ
 * from the interface's.
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(origins = "https://shop.example.net", allowedHeaders = "Content-Type",
    exposedHeaders = "X-Order-Count")
public interface OrdersApi<T> {

  @GET
  List<T> list();

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  T replace(@PathParam("id") long id, T order);

  /** Notes on one order: a sub-resource declared by a generic interface too. */
  @Path("{id}/notes")
  OrderNotes<String> notes(@PathParam("id") long id);
}
