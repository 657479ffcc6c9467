package org.corsroutes.it.security;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's own catch-all mapper, as the README shows it: an unmapped exception becomes
 * a 500 response that response filters see, so CORS Routes can give an allowed origin its
 * headers. A {@link WebApplicationException} keeps its own response; the exception is logged
 * here, since it no longer reaches the container.
 */
@Provider
public final class ServerErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException wae) {
      return wae.getResponse();
    }
    LOG.log(Level.SEVERE, "unhandled exception", e);
    return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE).entity("internal error").build();
  }
}
