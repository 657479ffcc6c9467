package org.corpus.pkg;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/version")
public class VersionResource {
  @GET public String version() { return ""; }
}
