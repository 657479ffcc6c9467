package org.corsroutes.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A sub-resource declared by a generic interface: its route table lists {@code add(T)} by the
 * interface's erasure, {@code add(java.lang.Object)}, while JAX-RS reports the implementing
 * {@code add(java.lang.String)}.
 */
public interface OrderNotes<N> {

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  N add(N note);
}
