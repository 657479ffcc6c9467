package org.corsroutes.it.security;

import jakarta.ws.rs.GET;

/** A sub-resource whose method fails; its policy is the locator's class's. */
public class FailingItem {
  @GET
  public String get() {
    throw new IllegalStateException(FailingResource.MESSAGE);
  }
}
