package com.example.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.corsroutes.runtime.CorsFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's setup, end to end: processor-generated table, CorsFeature, real HTTP. */
class QuickstartTest {
  private static HttpServer server;
  private static String base;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    ResourceConfig app = new ResourceConfig(OrdersResource.class).register(CorsFeature.class);
    server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void preflightIsAnsweredFromTheGeneratedTable() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/orders"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://shop.example.com")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(204, r.statusCode());
    assertEquals(List.of("https://shop.example.com"),
        r.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(List.of("true"), r.headers().allValues("Access-Control-Allow-Credentials"));
    assertEquals(List.of("GET, POST"), r.headers().allValues("Access-Control-Allow-Methods"));
    assertEquals(List.of("Authorization, Content-Type"),
        r.headers().allValues("Access-Control-Allow-Headers"));
  }

  @Test
  void actualRequestCarriesTheOrigin() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/orders"))
        .header("Origin", "https://shop.example.com").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals(List.of("https://shop.example.com"),
        r.headers().allValues("Access-Control-Allow-Origin"));
    assertEquals(List.of("Origin"), r.headers().allValues("Vary"));
  }

  @Test
  void refusedOriginGets403() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/orders"))
        .header("Origin", "https://shop.example.com.evil.com").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, r.statusCode());
    assertEquals(List.of(), r.headers().allValues("Access-Control-Allow-Origin"));
  }
}
