package org.corsroutes.conformance;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The catch-all mapper the README recommends, as written there (without the logging): every
 * exception becomes a response the response filters see, so it carries the grant.
 */
@Provider
public final class ServerErrorMapper implements ExceptionMapper<Throwable> {
  /** The body of its 500. */
  public static final String BODY = "internal error";

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException wae) {
      return wae.getResponse(); // keep 404, 405, ... as they are
    }
    return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE).entity(BODY).build();
  }
}
