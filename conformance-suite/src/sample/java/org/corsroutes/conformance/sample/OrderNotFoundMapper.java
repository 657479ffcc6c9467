package org.corsroutes.conformance.sample;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link OrderNotFoundException} as a JSON 404, which must still carry the CORS grant. */
@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {
  @Override
  public Response toResponse(OrderNotFoundException e) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity("{\"error\":\"not_found\"}")
        .build();
  }
}
