package org.corpus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.corsroutes.annotation.CrossOrigin;

/** Policies 2-16: every kind of origin and pattern the rules accept. */
@Path("/origins")
public class OriginsResource {
  @GET @Path("exact") @CrossOrigin(origins = "https://app.example.com")
  public String exact() { return ""; }

  /** JAX-RS answers HEAD with the GET method, so HEAD is a method this route serves. */
  @GET @Path("head") @CrossOrigin(origins = "https://app.example.com", methods = {"GET", "HEAD"})
  public String headViaGet() { return ""; }

  @GET @Path("port") @CrossOrigin(origins = {"https://app.example.com:8443", "http://app.example.com:8080"})
  public String port() { return ""; }

  @GET @Path("ipv4") @CrossOrigin(origins = {"https://192.0.2.10", "http://198.51.100.7:8080"})
  public String ipv4() { return ""; }

  @GET @Path("ipv6") @CrossOrigin(origins = {"https://[2001:db8::1]", "https://[2001:db8:0:1:2:3:4:5]:8443"})
  public String ipv6() { return ""; }

  @GET @Path("loopback") @CrossOrigin(allowCredentials = true, origins = {
      "http://localhost:5173", "http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:3000",
      "http://app.localhost"})
  public String loopback() { return ""; }

  @GET @Path("punycode") @CrossOrigin(origins = {"https://xn--bcher-kva.example", "https://xn--80ak6aa92e.com"})
  public String punycode() { return ""; }

  @GET @Path("subdomains") @CrossOrigin(originPatterns = "https://*.example.com")
  public String subdomains() { return ""; }

  @GET @Path("ports") @CrossOrigin(originPatterns = {"http://localhost:*", "https://*.example.com:*"})
  public String ports() { return ""; }

  @GET @Path("local-credentials") @CrossOrigin(allowCredentials = true,
      originPatterns = {"http://localhost:*", "http://127.0.0.1:*", "http://*.localhost:*"})
  public String localCredentials() { return ""; }

  @GET @Path("owned-under-private-suffix") @CrossOrigin(originPatterns = {
      "https://*.example.github.io", "https://*.example.co.uk"})
  public String ownedUnderPrivateSuffix() { return ""; }

  @GET @Path("mixed") @CrossOrigin(origins = "https://app.example.com",
      originPatterns = "https://*.preview.example.com")
  public String mixed() { return ""; }

  @GET @Path("placeholder") @CrossOrigin(origins = {"${APP_ORIGINS}", "${app.extra_origins}"},
      allowCredentials = true)
  public String placeholder() { return ""; }

  @GET @Path("public") @CrossOrigin
  public String open() { return ""; }

  @GET @Path("star") @CrossOrigin(origins = "*", methods = "*", exposedHeaders = "*",
      allowedHeaders = {"*", "Authorization"})
  public String star() { return ""; }
}
