package org.corsroutes.conformance;

/** The origins the sample API's policies name, and some they do not. */
public final class SampleOrigins {
  private SampleOrigins() {}

  /** Shop orders, account, capabilities: credentialed. */
  public static final String SHOP = "https://shop.example.com";
  /** The composed {@code @AdminCors} policy. */
  public static final String ADMIN = "https://admin.example.com";
  /** The catalog package's policy. */
  public static final String CATALOG = "https://catalog.example.com";
  /** The method-level policy of {@code PUT /catalog/{id}}. */
  public static final String EDITOR = "https://editor.example.com";
  /** The two values of {@code ${CONFORMANCE_PARTNER_ORIGINS}}. */
  public static final String PARTNER_A = "https://partner-a.example.com";
  public static final String PARTNER_B = "https://partner-b.example.com";
  /** What the sample's {@code ${CONFORMANCE_PARTNER_ORIGINS}} must be set to. */
  public static final String PARTNER_VARIABLE = "CONFORMANCE_PARTNER_ORIGINS";
  public static final String PARTNER_VALUE = PARTNER_A + "," + PARTNER_B;
  /** Allowed by no policy. */
  public static final String EVIL = "https://evil.example.com";
}
