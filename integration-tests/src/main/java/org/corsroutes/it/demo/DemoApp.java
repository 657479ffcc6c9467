package org.corsroutes.it.demo;

import org.corsroutes.it.SampleApp;

/**
 * The sample application plus the routes the browser demo calls (all under {@code /demo}).
 * Their policies allow loopback pages ({@code http://localhost:*}, {@code http://*.localhost:*})
 * at compile time, so the demo needs no configuration and runs on any ports; the sample API's
 * own routes allow only their https origins, which a page on this machine cannot have.
 */
public class DemoApp extends SampleApp {
  private final DemoLog log = new DemoLog();

  public DemoApp() {
    property(DemoLog.PROPERTY, log);
    register(DemoAccountResource.class);
    register(DemoUsersResource.class);
    register(DemoPublicResource.class);
    register(DemoShopResource.class);
    register(DemoPrivateResource.class);
    register(DemoLogResource.class);
    register(DemoAuthFilter.class);
    register(new DemoLogFilter(log));
  }

  /** What the server saw of the demo's runs. */
  public DemoLog log() {
    return log;
  }
}
