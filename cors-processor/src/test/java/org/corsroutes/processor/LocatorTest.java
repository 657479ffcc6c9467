package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Locators are followed wherever the returned resource class can be known at build time: a
 * class or interface, {@code Class<T>} and {@code Class<? extends T>} (JAX-RS instantiates the
 * class), a type variable bound to a resource type, by the method or by the class through its
 * type arguments. {@code [CorsUnfollowedLocator]} is left for what only the run time knows
 * (DiagnosticsTest).
 */
class LocatorTest {
  private static final JavaFileObject SETTINGS = source("test.Settings",
      "package test;",
      "import jakarta.ws.rs.*;",
      "public class Settings {",
      "  @GET public String get() { return \"\"; }",
      "  @PUT public String put(String body) { return body; }",
      "}");

  private static String table(Compilation c) {
    assertThat(c).succeededWithoutWarnings();
    return GeneratedSourcesTest.contents(c.generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
  }

  private static void assertFollowed(String table, String path) {
    assertTrue(table.contains(".locator(\"" + path + "\", \"" + path + "()\", CorsResource.of(\"test.Settings\")"),
        path + " followed into test.Settings: " + table);
    assertTrue(table.contains("{@code /api/" + path + "}"), table);
    assertTrue(table.contains("\"GET get()\", \"PUT put(java.lang.String)\""), table);
  }

  @Test
  void classLiteralsAndBoundTypeVariablesAreFollowed() {
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @Path(\"cls\") public Class<Settings> cls() { return Settings.class; }",
        "  @Path(\"wild\") public Class<? extends Settings> wild() { return Settings.class; }",
        "  @Path(\"bound\") public <T extends Settings> T bound() { return null; }",
        "  @Path(\"clsbound\") public <T extends Settings> Class<T> clsbound() { return null; }",
        "}");
    String table = table(compile(SETTINGS, api));
    for (String path : new String[] {"cls", "wild", "bound", "clsbound"}) {
      assertFollowed(table, path);
    }
  }

  @Test
  void typeVariablesOfTheClassAreReadThroughItsTypeArguments() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public abstract class Base<S> {",
        "  @Path(\"inherited\") public S inherited() { return null; }",
        "  @Path(\"inheritedcls\") public Class<? extends S> inheritedcls() { return null; }",
        "}");
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api extends Base<Settings> {}");
    String table = table(compile(SETTINGS, base, api));
    assertFollowed(table, "inherited");
    assertFollowed(table, "inheritedcls");
  }

  @Test
  void typeArgumentsFlowThroughSubResources() {
    JavaFileObject holder = source("test.Holder",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Holder<S> {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"inner\") public S inner() { return null; }",
        "}");
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @Path(\"holder\") public Holder<Settings> holder() { return null; }",
        "}");
    String table = table(compile(SETTINGS, holder, api));
    assertTrue(table.contains(".locator(\"inner\", \"inner()\", CorsResource.of(\"test.Settings\")"),
        table);
    assertTrue(table.contains("{@code /api/holder/inner}"), table);
  }
}
