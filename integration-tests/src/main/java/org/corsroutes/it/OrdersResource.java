package org.corsroutes.it;

import java.util.List;

/**
 * Implements {@link OrdersApi}: it carries no JAX-RS annotation and no policy of its own, both
 * are inherited from the interface.
 */
public class OrdersResource implements OrdersApi<Order> {

  @Override
  public List<Order> list() {
    return List.of(new Order(1, "sprocket"), new Order(2, "gizmo"));
  }

  @Override
  public Order replace(long id, Order order) {
    return new Order(id, order.item());
  }

  @Override
  public OrderNotes<String> notes(long id) {
    return new Notes(id);
  }

  /** The notes of one order; JAX-RS reports {@code add(java.lang.String)} as its method. */
  public static final class Notes implements OrderNotes<String> {
    private final long order;

    Notes(long order) {
      this.order = order;
    }

    @Override
    public String add(String note) {
      return "order " + order + ": " + note;
    }
  }
}
