package org.corpus;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

/** Policy 17 (class) and 18-22 (methods): credentials with explicit lists, every method. */
@Path("/lists")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true,
    methods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "PROPFIND"},
    allowedHeaders = {"Authorization", "Content-Type", "X-Requested-With", "If-Match"},
    exposedHeaders = {"ETag", "X-Request-Id", "Location"})
public class ListsResource {
  @GET public String get() { return ""; }
  @HEAD public void head() {}
  @POST public String post(String body) { return body; }
  @PUT public String put(String body) { return body; }
  @PATCH public String patch(String body) { return body; }
  @DELETE public void delete() {}
  @PROPFIND public String propfind() { return ""; }

  @GET @Path("long-headers")
  @CrossOrigin(origins = "https://app.example.com", allowedHeaders = {
      "Accept", "Accept-Language", "Authorization", "Cache-Control", "Content-Language",
      "Content-Type", "If-Match", "If-Modified-Since", "If-None-Match", "If-Unmodified-Since",
      "Pragma", "Range", "X-Api-Key", "X-Client-Version", "X-Correlation-Id", "X-CSRF-Token",
      "X-Device-Id", "X-Feature-Flags", "X-Forwarded-Client", "X-Locale", "X-Request-Id",
      "X-Requested-With", "X-Session-Id", "X-Tenant-Id", "X-Timezone", "X-Trace-Id",
      "Idempotency-Key", "Traceparent", "Tracestate", "Baggage"},
      exposedHeaders = {"ETag", "Link", "Location", "Retry-After", "X-RateLimit-Limit",
      "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Total-Count", "Server-Timing"})
  public String longHeaders() { return ""; }

  @GET @Path("no-cache") @CrossOrigin(origins = "https://app.example.com", maxAge = -1)
  public String noCache() { return ""; }

  @GET @Path("zero") @CrossOrigin(origins = "https://app.example.com", maxAge = 0)
  public String zero() { return ""; }

  @GET @Path("capped") @CrossOrigin(origins = "https://app.example.com", maxAge = 7200)
  public String capped() { return ""; }

  @GET @Path("private-network") @CrossOrigin(origins = "https://app.example.com",
      allowPrivateNetwork = true, methods = "GET")
  public String privateNetwork() { return ""; }
}
