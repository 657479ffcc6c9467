package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published processor jar is self-contained: the JDK's own {@code javac}, run as a process
 * with that jar alone on {@code -processorpath} (no JavaPoet, no Guava, no cors-runtime), checks
 * policies and writes the tables, the service file and the report. The jar is the one this
 * build packaged (the reactor's {@code org.corsroutes:cors-processor:jar}).
 */
class PlainJavacTest {
  private static Path processorJar;
  private static String classpath;

  @BeforeAll
  static void locate() {
    String jar = System.getProperty("plainjavac.processor");
    assertTrue(jar != null && jar.endsWith(".jar") && Files.isRegularFile(Path.of(jar)),
        "run through Maven, after cors-processor is packaged: plainjavac.processor=" + jar);
    processorJar = Path.of(jar);
    classpath = System.getProperty("plainjavac.classpath");
  }

  private record Result(int exit, String output) {}

  private static Result javac(Path dir, String source) throws IOException, InterruptedException {
    Path file = dir.resolve("src/com/example/OrdersResource.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17",
        "-processorpath", processorJar.toString(),
        "-classpath", classpath,
        "-d", dir.resolve("classes").toString(),
        "-s", dir.resolve("generated").toString(),
        file.toString()));
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("generated"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "javac finished");
    return new Result(process.exitValue(), output);
  }

  private static final String RESOURCE = String.join("\n",
      "package com.example;",
      "",
      "import jakarta.ws.rs.GET;",
      "import jakarta.ws.rs.Path;",
      "import org.corsroutes.annotation.CrossOrigin;",
      "",
      "@Path(\"/api/orders\")",
      "@CrossOrigin(origins = \"https://shop.example.com\", allowCredentials = true,",
      "    originPatterns = \"https://*.shop.example.com\")",
      "public class OrdersResource {",
      "  @GET",
      "  public String list() {",
      "    return \"[]\";",
      "  }",
      "}",
      "");

  @Test
  void theJarAloneGeneratesTablesServiceFileAndReport(@TempDir Path dir) throws Exception {
    Result result = javac(dir, RESOURCE);

    assertEquals(0, result.exit(), result.output());
    // The only warning is the subdomain pattern with credentials: Guava's Public Suffix List
    // ran from the relocated copy inside the jar.
    assertTrue(result.output().contains("[CorsWildcardPatternWithCredentials]"), result.output());
    Path table = dir.resolve("generated/com/example/OrdersResourceCorsRoutes.java");
    assertTrue(Files.readString(table).contains(
        "CorsResource.root(\"/api/orders\", \"com.example.OrdersResource\")"));
    assertTrue(Files.isRegularFile(dir.resolve("classes/com/example/OrdersResourceCorsRoutes.class")));
    assertEquals("com.example.OrdersResourceCorsRoutes\n", Files.readString(
        dir.resolve("classes/META-INF/services/org.corsroutes.runtime.CorsRouteTable")));
    assertTrue(Files.readString(dir.resolve("classes/META-INF/cors-routes.json"))
        .contains("\"path\": \"/api/orders\""));
  }

  @Test
  void theJarAloneReportsErrorsOnTheLine(@TempDir Path dir) throws Exception {
    Result result = javac(dir, RESOURCE.replace(
        "originPatterns = \"https://*.shop.example.com\"", "originPatterns = \"https://*.co.uk\""));

    assertNotEquals(0, result.exit(), result.output());
    assertTrue(result.output().contains("OrdersResource.java:9: error: [CorsPublicSuffixPattern]"),
        result.output());
  }

  @Test
  void theJarBundlesNothingUnrelocated() throws IOException {
    try (ZipFile jar = new ZipFile(processorJar.toFile())) {
      List<String> foreign = jar.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class") && !n.startsWith("org/corsroutes/processor/"))
          .toList();
      assertEquals(List.of(), foreign, "classes outside org.corsroutes.processor");
      assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/corsroutes/runtime/")));
      assertTrue(jar.getEntry("META-INF/services/javax.annotation.processing.Processor") != null);
      assertTrue(jar.getEntry("META-INF/gradle/incremental.annotation.processors") != null);
    }
  }
}
