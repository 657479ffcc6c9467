package org.corsroutes.runtime;

import static org.corsroutes.runtime.CorsFeatureJerseyTest.APP;
import static org.corsroutes.runtime.CorsFeatureJerseyTest.TABLES;
import static org.corsroutes.runtime.CorsFeatureJerseyTest.app;
import static org.corsroutes.runtime.CorsFeatureJerseyTest.assertNoCorsHeaders;
import static org.corsroutes.runtime.CorsFeatureJerseyTest.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CorsFeature's options from MicroProfile Config (SmallRye Config, as in Quarkus), read from an
 * application's {@code META-INF/microprofile-config.properties} on the context class loader, as
 * a MicroProfile server sets up an application; through Jersey's real chain, in memory.
 */
class MicroProfileConfigOptionsTest {
  @TempDir Path dir;

  @Test
  void optionsComeFromMicroProfileConfigWhenTheApplicationSetsNone() throws Exception {
    ApplicationHandler app = withConfig(
        "corsroutes.preflightStatus=200\ncorsroutes.refusedRequests=pass\n",
        () -> app(CorsFeature.of(TABLES), Map.of()));

    assertEquals(200, call(app, "OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET").getStatus());
    ContainerResponse refused = call(app, "GET", "/echo", "Origin", "https://evil.example.com");
    assertEquals(200, refused.getStatus());
    assertNoCorsHeaders(refused);
  }

  @Test
  void theApplicationsPropertyAndTheSetterWinOverMicroProfileConfig() throws Exception {
    ApplicationHandler byProperty = withConfig("corsroutes.preflightStatus=200\n",
        () -> app(CorsFeature.of(TABLES), Map.of(CorsFeature.PREFLIGHT_STATUS, "204")));
    assertEquals(204, call(byProperty, "OPTIONS", "/echo", "Origin", APP,
        "Access-Control-Request-Method", "GET").getStatus());
    ApplicationHandler bySetter = withConfig("corsroutes.refusedRequests=pass\n",
        () -> app(CorsFeature.of(TABLES).refusedRequests(CorsFeature.RefusedRequests.FORBID),
            Map.of()));
    assertEquals(403,
        call(bySetter, "GET", "/echo", "Origin", "https://evil.example.com").getStatus());
  }

  @Test
  void aBadValueInMicroProfileConfigStopsStartup() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> withConfig(
        "corsroutes.refusedRequests=maybe\n", () -> app(CorsFeature.of(TABLES), Map.of())));
    String message = String.valueOf(e.getMessage()) + e.getCause();
    assertTrue(message.contains("corsroutes.refusedRequests is \"maybe\"; use forbid or pass"),
        message);
  }

  @Test
  void withoutMicroProfileConfigNothingIsLookedUp() {
    // A loader that sees only the JDK: no MicroProfile Config API.
    try (URLClassLoader jdkOnly = new URLClassLoader(new URL[0], null)) {
      assertSame(MicroProfileConfig.NONE, MicroProfileConfig.lookup(null, jdkOnly));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code start} with an application class loader whose config file says {@code lines}. */
  private <T> T withConfig(String lines, Callable<T> start) throws Exception {
    Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(dir.resolve("META-INF/microprofile-config.properties"), lines);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader application = new URLClassLoader(urls(dir), previous)) {
      thread.setContextClassLoader(application);
      try {
        return start.call();
      } finally {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig(application));
        thread.setContextClassLoader(previous);
      }
    }
  }

  private static URL[] urls(Path dir) throws MalformedURLException {
    return new URL[] {dir.toUri().toURL()};
  }
}
