package org.example;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/**
 * A resource declared by an interface, as shared with clients: the class template, the routes
 * and the policy are here, the implementing class is the root resource.
 */
@Path("/api/orders")
@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"})
public interface OrdersApi<T> {
  @GET
  List<T> list();

  @GET
  @Path("{id}")
  T get(@PathParam("id") long id);

  @PUT
  @Path("{id}")
  T update(@PathParam("id") long id, T order);

  @DELETE
  @Path("{id}")
  @AdminCors
  void cancel(@PathParam("id") long id);
}
