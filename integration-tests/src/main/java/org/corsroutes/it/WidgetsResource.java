package org.corsroutes.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.corsroutes.annotation.CrossOrigin;

/**
 * The widget catalogue, embedded by every shop under example.net: a pattern origin, without
 * credentials. {@code {id: [0-9]+}} shows a regex path parameter.
 */
@Path("/api/widgets")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(originPatterns = "https://*.example.net")
public class WidgetsResource {
  private static final List<String> WIDGETS = List.of("sprocket", "gizmo", "doohickey");

  @GET
  public List<String> list() {
    return WIDGETS;
  }

  @GET
  @Path("{id: [0-9]+}")
  public Map<String, Object> get(@PathParam("id") int id) {
    if (id >= WIDGETS.size()) {
      throw new NotFoundException("no widget " + id);
    }
    return Map.of("id", id, "name", WIDGETS.get(id));
  }
}
