package org.example;

import jakarta.ws.rs.POST;
import java.util.List;

/** Implements {@link OrdersApi}: its routes, its {@code @Path} and its policies are inherited. */
public class OrdersResource implements OrdersApi<String> {
  @Override
  public List<String> list() {
    return List.of();
  }

  @Override
  public String get(long id) {
    return "{}";
  }

  @Override
  public String update(long id, String order) {
    return order;
  }

  @Override
  public void cancel(long id) {}

  /** The class's own resource method, under the interface's policy too. */
  @POST
  public String create(String order) {
    return order;
  }
}
