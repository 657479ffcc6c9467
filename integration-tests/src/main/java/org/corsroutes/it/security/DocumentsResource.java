package org.corsroutes.it.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.corsroutes.annotation.CrossOrigin;

/**
 * A credentialed route that answers OPTIONS itself (capabilities for WebDAV-style clients). Its
 * policy allows what the route serves, OPTIONS included: a page calls OPTIONS after a preflight
 * for it, and must be able to read the answer. (The processor warns [CorsUserOptionsMethod]:
 * this method never sees preflights.)
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class DocumentsResource {
  @GET
  public List<String> list() {
    return List.of("report.pdf", "notes.txt");
  }

  @OPTIONS
  public Response options() {
    return Response.ok("{\"capabilities\":[\"read\"]}")
        .header("Allow", "GET, OPTIONS")
        .build();
  }
}
