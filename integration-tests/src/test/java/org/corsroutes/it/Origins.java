package org.corsroutes.it;

/** The origins the tests play, named after who they are. */
final class Origins {
  static final String APP = "https://app.example.com";
  static final String ADMIN = "https://admin.example.com";
  static final String PARTNER = "https://partner.example.org";
  static final String SHOP = "https://shop.example.net";
  static final String EVIL = "https://evil.example.com";

  private Origins() {}
}
