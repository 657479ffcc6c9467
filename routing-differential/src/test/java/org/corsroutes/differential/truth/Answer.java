package org.corsroutes.differential.truth;

import java.util.List;

/**
 * Where one request went: the resource method that ran ("pkg.Class#method"), or, where none
 * ran, the status (404, 405, ...). {@code via} lists the locators run on the way.
 */
public record Answer(String method, int status, List<String> via) {
  /** The predictor's null: no resource method (JAX-RS would answer 404 or 405). */
  public static final Answer NO_ROUTE = new Answer(null, 0, List.of());

  public Answer {
    via = List.copyOf(via);
  }

  public static Answer method(String method) {
    return new Answer(method, 200, List.of());
  }

  public static Answer status(int status) {
    return new Answer(null, status, List.of());
  }

  /** What is compared: the method, else the status. */
  public String text() {
    return method != null ? method : status == 0 ? "no route" : String.valueOf(status);
  }

  /** The text without the set's package, to compare a reduced copy with its original. */
  public String local() {
    if (method == null) {
      return text();
    }
    int hash = method.indexOf('#');
    return method.substring(method.lastIndexOf('.', hash) + 1);
  }

  public boolean reached() {
    return method != null;
  }

  @Override
  public String toString() {
    return text() + (via.isEmpty() ? "" : " (via " + String.join(", ", via) + ")");
  }
}
