package org.corsroutes.it;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps {@link UserNotFoundException} to a 404 JSON body. Its responses must still carry the
 * CORS headers, or the browser hides the 404 from the page behind a CORS error.
 */
@Provider
public final class UserNotFoundMapper implements ExceptionMapper<UserNotFoundException> {

  @Override
  public Response toResponse(UserNotFoundException e) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody("not_found", e.getMessage()))
        .build();
  }
}
