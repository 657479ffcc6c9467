package org.corsroutes.conformance;

/**
 * A way a server answers differently from the suite's reference (Jersey). A server module
 * declares its traits; the suite then asserts the server's own behaviour for that case, so a
 * difference is pinned, never skipped.
 */
public enum ServerTrait {
  /**
   * An exception no {@code ExceptionMapper} takes reaches the container, whose 500 page shows
   * the exception's message (Jersey's JDK server sends an empty 500). Not CORS Routes' answer:
   * a catch-all mapper of the application's own decides what a 500 says.
   */
  CONTAINER_500_SHOWS_EXCEPTION_MESSAGE,
  /** The 500 for an exception no mapper takes passes the response filters, so it carries the grant. */
  UNMAPPED_EXCEPTION_GRANTED,
}
