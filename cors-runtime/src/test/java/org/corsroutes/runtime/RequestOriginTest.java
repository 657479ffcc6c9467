package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request's own origin, as the server sees the request and as trusted proxies say the
 * client addressed it: {@code Forwarded} first, else {@code X-Forwarded-*}, first values only.
 */
class RequestOriginTest {

  /** A request to {@code requestUri} with {@code headers} ("Name: value; Name: value"). */
  private static ContainerRequest request(String requestUri, String headers) {
    URI uri = URI.create(requestUri);
    ContainerRequest request = new ContainerRequest(uri.resolve("/"), uri, "GET", null,
        new MapPropertiesDelegate(), null);
    if (headers != null) {
      for (String header : headers.split("\\|")) {
        int colon = header.indexOf(':');
        request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
      }
    }
    return request;
  }

  @ParameterizedTest(name = "{0} | {1} | {2}: ignored {3}, trusted {4}")
  @CsvSource(delimiter = '!', nullValues = "-", textBlock = """
      http://api.example.com/x ! http://api.example.com ! - ! true ! true
      http://api.example.com/x ! http://API.example.com ! - ! true ! true
      http://api.example.com:8080/x ! http://api.example.com:8080 ! - ! true ! true
      http://api.example.com:8080/x ! http://api.example.com ! - ! false ! false
      http://api.example.com/x ! http://api.example.com:80 ! - ! true ! true
      http://api.example.com/x ! https://api.example.com ! - ! false ! false
      http://api.example.com/x ! https://api.example.com ! X-Forwarded-Proto: https ! false ! true
      http://api.example.com:8080/x ! https://api.example.com ! X-Forwarded-Proto: https ! false ! true
      http://api.example.com:8080/x ! https://api.example.com:8080 ! X-Forwarded-Proto: https ! false ! false
      http://api.example.com/x ! https://api.example.com ! X-Forwarded-Proto: https, http ! false ! true
      http://api.example.com/x ! https://api.example.com ! X-Forwarded-Proto: http, https ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com:8443 ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com:8443 ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com:8443 ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com|X-Forwarded-Port: 8443 ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Host: api.example.com ! false ! false
      http://10.0.0.5:8080/x ! http://api.example.com ! X-Forwarded-Host: api.example.com ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com|X-Forwarded-Port: 99999 ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Proto: ftp|X-Forwarded-Host: api.example.com ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com ! Forwarded: for=192.0.2.60;proto=https;host=api.example.com ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com ! Forwarded: proto=https;host="api.example.com", proto=http;host=10.0.0.5 ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com ! Forwarded: for="[2001:db8::1]:4711";proto=https;host=api.example.com ! false ! true
      http://10.0.0.5:8080/x ! http://[2001:db8::1]:8080 ! Forwarded: host="[2001:db8::1]:8080" ! false ! true
      http://10.0.0.5:8080/x ! https://api.example.com ! Forwarded: for=192.0.2.60|X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com ! false ! false
      http://10.0.0.5:8080/x ! https://evil.example.com ! Forwarded: proto=https;host=api.example.com ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com.evil.com ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com.evil.com ! false ! false
      http://10.0.0.5:8080/x ! - ! X-Forwarded-Proto: https|X-Forwarded-Host: api.example.com ! false ! false
      http://10.0.0.5:8080/x ! https://api.example.com ! X-Forwarded-Proto:  |X-Forwarded-Host: , ! false ! false
      """)
  void sameOrigin(String requestUri, String origin, String headers, boolean ignored,
      boolean trusted) {
    assertEquals(ignored, RequestOrigin.isSameOrigin(origin, request(requestUri, headers), false),
        "forwarded headers ignored");
    assertEquals(trusted, RequestOrigin.isSameOrigin(origin, request(requestUri, headers), true),
        "forwarded headers trusted");
  }
}
