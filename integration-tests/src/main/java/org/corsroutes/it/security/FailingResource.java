package org.corsroutes.it.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import org.corsroutes.annotation.CrossOrigin;
import org.corsroutes.it.UserNotFoundException;

/**
 * Every way a resource fails: unchecked exceptions, an {@link Error}, a body that fails before
 * its first byte and one that fails after, {@link WebApplicationException}s with and without a
 * body, an exception the application maps, and failures below a sub-resource locator and in the
 * locator itself.
 */
@Path("/api/failing")
@Produces(MediaType.TEXT_PLAIN)
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class FailingResource {
  static final String MESSAGE = "failing on purpose";

  @GET
  @Path("unchecked")
  public String unchecked() {
    throw new IllegalStateException(MESSAGE);
  }

  @GET
  @Path("null")
  public String nullPointer() {
    Object missing = System.getProperty("org.corsroutes.it.never.set");
    return missing.toString();
  }

  @GET
  @Path("error")
  public String error() {
    throw new AssertionError(MESSAGE);
  }

  @GET
  @Path("stream")
  public StreamingOutput stream() {
    return out -> {
      throw new IOException(MESSAGE);
    };
  }

  /** Fails after 64 KiB, more than Jersey buffers: the status and headers are already sent. */
  @GET
  @Path("late")
  public StreamingOutput late() {
    return out -> {
      out.write(new byte[64 * 1024]);
      out.flush();
      throw new IOException(MESSAGE);
    };
  }

  @GET
  @Path("gone")
  public String gone() {
    throw new WebApplicationException(Response.Status.GONE);
  }

  @GET
  @Path("conflict")
  public String conflict() {
    throw new WebApplicationException(Response.status(Response.Status.CONFLICT)
        .type(MediaType.TEXT_PLAIN_TYPE).entity("conflict").build());
  }

  @GET
  @Path("mapped")
  public String mapped() {
    throw new UserNotFoundException(404);
  }

  @Path("items/{id}")
  public FailingItem item(@PathParam("id") String id) {
    return new FailingItem();
  }

  @Path("broken")
  public FailingItem broken() {
    throw new IllegalStateException(MESSAGE);
  }
}
