package org.corsroutes.conformance.sample;

/** An order that does not exist; {@link OrderNotFoundMapper} makes it a 404. */
public class OrderNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OrderNotFoundException(String id) {
    super("no order " + id.length() + " characters long exists"); // never echo the input
  }
}
