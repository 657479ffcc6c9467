package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the generated sources, the service file and the route report byte for byte:
 * they are what a user reads. After an intended change, regenerate them with
 * {@code mvn -pl cors-processor test -Dgolden.update=true} and review the diff.
 */
class GeneratedSourcesTest {
  static final List<String> SAMPLE = List.of("org/example/UsersResource.java",
      "org/example/SettingsResource.java", "org/example/AdminCors.java",
      "org/example/HealthResource.java", "org/example/PartnersResource.java",
      "org/example/OrdersApi.java", "org/example/OrdersResource.java");
  private static Compilation compilation;

  @BeforeAll
  static void compileSample() {
    compilation = Compiler.compile(SAMPLE.stream().map(Compiler::resource)
        .toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void usersTable() {
    assertGoldenSource("org.example.UsersResourceCorsRoutes");
  }

  @Test
  void publicHealthTable() {
    assertGoldenSource("org.example.HealthResourceCorsRoutes");
  }

  @Test
  void placeholderAndPatternTable() {
    assertGoldenSource("org.example.PartnersResourceCorsRoutes");
  }

  @Test
  void interfaceDeclaredTable() {
    assertGoldenSource("org.example.OrdersResourceCorsRoutes");
  }

  @Test
  void oneTablePerRootResource() {
    assertEquals(4, compilation.generatedSourceFiles().size(),
        "one table per root resource (not for sub-resources nor interfaces): "
            + compilation.generatedSourceFiles());
  }

  @Test
  void serviceFileListsEveryTable() {
    assertGoldenResource("META-INF/services/org.corsroutes.runtime.CorsRouteTable",
        "golden/services.txt");
  }

  @Test
  void routeReport() {
    assertGoldenResource("META-INF/cors-routes.json", "golden/cors-routes.json");
  }

  /** The reviewers' report, from the same entries: one table per root resource. */
  @Test
  void reviewReport() {
    assertGoldenResource("META-INF/cors-routes.md", "golden/cors-routes.md");
  }

  /**
   * {@code -Acors.allowInsecureOrigins} reaches the table of a credentialed policy, so startup
   * judges {@code ${NAME}} values as the build judged literals; without it nothing is written.
   */
  @Test
  void insecureOriginsOptionIsCarriedIntoCredentialedPolicies() {
    JavaFileObject source = Compiler.source("test.Api", "package test;",
        "import jakarta.ws.rs.*;", "import org.corsroutes.annotation.CrossOrigin;",
        "@Path(\"/api\")", "public class Api {",
        "  @GET @CrossOrigin(origins = \"${DEV_ORIGINS}\", allowCredentials = true)",
        "  public String dev() { return \"\"; }",
        "  @POST @CrossOrigin(origins = \"https://app.example.com\")",
        "  public String open(String body) { return body; }", "}");
    String allowed = contents(Compiler.compile(List.of("-Acors.allowInsecureOrigins=true"), source)
        .generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
    assertEquals(1, allowed.split("\\.allowInsecureOrigins\\(\\)", -1).length - 1,
        "once, on the credentialed policy only:\n" + allowed);
    assertTrue(allowed.contains(".allowCredentials()\n      .allowInsecureOrigins()"), allowed);
    String strict = contents(Compiler.compile(source)
        .generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
    assertFalse(strict.contains("allowInsecureOrigins"), strict);
  }

  /**
   * Each policy constant says where its annotation is written, for the runtime's refusal log:
   * javac knows the line; ECJ has no {@code com.sun.source} trees, so its tables go without.
   */
  @Test
  void eachPolicySaysWhereItIsWritten() {
    JavaFileObject source = Compiler.source("test.Api", "package test;",
        "import jakarta.ws.rs.*;", "import org.corsroutes.annotation.CrossOrigin;",
        "@Path(\"/api\")",
        "@CrossOrigin(origins = \"https://app.example.com\")",
        "public class Api {", "  @GET public String get() { return \"\"; }",
        "  @POST",
        "  @CrossOrigin(origins = \"https://app.example.com\")",
        "  public String post(String body) { return body; }", "}");
    String table = contents(Compiler.compile(source)
        .generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
    if (Compiler.current() == Compiler.Kind.JAVAC) {
      // Equal values written twice stay two constants, each with its own line.
      assertTrue(table.contains("CorsPolicy.declaredOn(\"test.Api\")\n"
          + "      .declaredAt(\"test/Api.java:5\")"), table);
      assertTrue(table.contains("CorsPolicy.declaredOn(\"test.Api#post\")\n"
          + "      .declaredAt(\"test/Api.java:9\")"), table);
    } else {
      assertTrue(table.contains("CorsPolicy.declaredOn(\"test.Api#post\")"), table);
      assertFalse(table.contains("declaredAt"), table);
    }
  }

  @Test
  void incrementalBuildState() {
    assertGoldenResource("META-INF/cors-routes.state", "golden/cors-routes.state");
  }

  @Test
  void outputIsDeterministic() {
    List<String> reversed = new ArrayList<>(SAMPLE);
    Collections.reverse(reversed);
    Compilation again = Compiler.compile(reversed.stream().map(Compiler::resource)
        .toArray(JavaFileObject[]::new));
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.getName();
      JavaFileObject twin = again.generatedFiles().stream()
          .filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
      assertEquals(contents(file), contents(twin), name + " depends on source order");
    }
  }

  private static void assertGoldenSource(String qualifiedName) {
    String golden = "golden/" + qualifiedName.replace('.', '/') + ".java";
    JavaFileObject generated = compilation.generatedSourceFile(qualifiedName).orElseThrow(
        () -> new AssertionError(qualifiedName + " was not generated"));
    update(golden, contents(generated));
    String expected = asCompiled(read(golden));
    assertThat(compilation).generatedSourceFile(qualifiedName)
        .hasSourceEquivalentTo(JavaFileObjects.forSourceString(qualifiedName, expected));
    assertEquals(expected, contents(generated), "formatting of " + qualifiedName);
  }

  private static void assertGoldenResource(String path, String golden) {
    JavaFileObject generated = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError(path + " was not written"));
    update(golden, contents(generated));
    assertEquals(asCompiled(read(golden)), contents(generated), path);
  }

  /**
   * The golden text as the current compiler writes it: javac's own, or, under ECJ, which has no
   * {@code com.sun.source} trees to tell where an annotation is written, without source lines.
   */
  static String asCompiled(String golden) {
    if (Compiler.current() == Compiler.Kind.JAVAC) {
      return golden;
    }
    return golden.replaceAll("\n *\\.declaredAt\\(\"[^\"]*\"\\)", "")
        .replaceAll("\"declaredAt\": \"[^\"]*\"", "\"declaredAt\": null")
        .replaceAll("(?m)^line .*\n", "");
  }

  static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try {
      return Files.readString(Paths.get(GeneratedSourcesTest.class.getClassLoader()
          .getResource(resource).toURI()), StandardCharsets.UTF_8);
    } catch (IOException | URISyntaxException | NullPointerException e) {
      throw new AssertionError("missing golden file " + resource
          + "; run with -Dgolden.update=true to create it", e);
    }
  }

  /** With -Dgolden.update=true, writes the golden file in src/test/resources. */
  private static void update(String resource, String text) {
    if (!Boolean.getBoolean("golden.update") || Compiler.current() != Compiler.Kind.JAVAC) {
      return; // golden files are javac's output; other compilers must match them
    }
    try {
      Path target = Paths.get("src/test/resources").resolve(resource);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
      Path copy = Paths.get("target/test-classes").resolve(resource);
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
