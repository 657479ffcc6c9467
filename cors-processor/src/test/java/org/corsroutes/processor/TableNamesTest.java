package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Table names: nested resources join their names with '_', '$' and '_' in names are kept, and
 * the table lists the binary name the runtime compares with {@code Class.getName()}. Clashes
 * are {@code [CorsTableNameClash]} (DiagnosticsTest).
 */
class TableNamesTest {
  @Test
  void dollarsAndUnderscoresInNamesGiveValidTablesWithBinaryNames() {
    JavaFileObject dollar = source("test.Price$Feed",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/prices\") @org.corsroutes.annotation.CrossOrigin",
        "public class Price$Feed {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"/v_2\") @org.corsroutes.annotation.CrossOrigin",
        "  public static class V_2 { @GET public String get() { return \"\"; } }",
        "}");
    Compilation c = compile(dollar);
    assertThat(c).succeededWithoutWarnings();
    String top = GeneratedSourcesTest.contents(
        c.generatedSourceFile("test.Price$FeedCorsRoutes").orElseThrow());
    assertTrue(top.contains("CorsResource.root(\"/prices\", \"test.Price$Feed\")"), top);
    String nested = GeneratedSourcesTest.contents(
        c.generatedSourceFile("test.Price$Feed_V_2CorsRoutes").orElseThrow());
    assertTrue(nested.contains("CorsResource.root(\"/v_2\", \"test.Price$Feed$V_2\")"), nested);
  }

  @Test
  void aTableFromAnEarlierBuildIsNoClash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path classes) {
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/api\") @org.corsroutes.annotation.CrossOrigin",
        "public class Api { @GET public String get() { return \"\"; } }");
    Compilation first = compile(api);
    assertThat(first).succeeded();
    // The earlier table is on the class path, as in the class output of an incremental build.
    Compilation again = Compiler.compileAgainst(Compiler.writeClasses(first, classes), api);
    if (Compiler.current() == Compiler.Kind.ECJ) {
      // ECJ's Filer refuses to write a source for a type the class path has (README, ECJ).
      assertThat(again).hadErrorContaining("[CorsWriteFailed] could not write test.ApiCorsRoutes:"
          + " Source file already exists");
      return;
    }
    assertThat(again).succeededWithoutWarnings();
  }
}
