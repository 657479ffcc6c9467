package org.example;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.corsroutes.annotation.CrossOrigin;

@Path("/api/users")
@CrossOrigin(
    origins = {"https://app.example.com", "https://admin.example.com"},
    allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"},
    exposedHeaders = "X-Request-Id")
public class UsersResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public String create(String body) {
    return body;
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    return "{}";
  }

  @PUT
  @Path("{id}")
  public String update(@PathParam("id") long id, String body) {
    return body;
  }

  @DELETE
  @Path("{id}")
  @AdminCors
  public void delete(@PathParam("id") long id) {}

  @Path("{id}/settings")
  public SettingsResource settings(@PathParam("id") long id) {
    return new SettingsResource();
  }
}
