package com.example.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

@Path("/orders")
@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"})
public class OrdersResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public String create(String order) {
    return order;
  }
}
