package org.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

/** A sub-resource: inherits the policy of the locator's class. */
public class SettingsResource {
  @GET
  public String get() {
    return "{}";
  }

  @PATCH
  @Path("/{key: [a-z]+}/")
  public String patch(String body) {
    return body;
  }
}
