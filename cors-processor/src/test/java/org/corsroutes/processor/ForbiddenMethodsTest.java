package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * TRACE, TRACK and CONNECT (any case) are never offered: a resource method serving one is
 * listed as refused under its policy, whatever the policy's {@code methods} say, so neither a
 * preflight nor an actual cross-origin request for it is granted. Naming one in
 * {@code methods} is {@code [CorsForbiddenMethod]} (DiagnosticsTest).
 */
class ForbiddenMethodsTest {
  private static final JavaFileObject TRACE = source("test.TRACE",
      "package test;",
      "@jakarta.ws.rs.HttpMethod(\"TRACE\")",
      "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
      "public @interface TRACE {}");
  private static final JavaFileObject TRACK = source("test.Track",
      "package test;",
      "@jakarta.ws.rs.HttpMethod(\"track\")",
      "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
      "public @interface Track {}");

  private static String table(String policy) {
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        policy,
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @TRACE public String trace() { return \"\"; }",
        "  @Track public String track() { return \"\"; }",
        "}");
    Compilation c = compile(TRACE, TRACK, api);
    assertThat(c).succeededWithoutWarnings();
    return GeneratedSourcesTest.contents(c.generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
  }

  @Test
  void servedForbiddenMethodsAreRefusedUnderTheDefaultPolicy() {
    String table = table("@org.corsroutes.annotation.CrossOrigin");
    assertTrue(table.contains(".bind(\"GET\", API, \"GET get()\")"), table);
    assertTrue(table.contains(".refuse(API, \"TRACE trace()\", \"track track()\")"), table);
    assertTrue(table.contains("{@code Access-Control-Allow-Methods: GET}"), table);
  }

  @Test
  void servedForbiddenMethodsAreRefusedEvenUnderMethodsStar() {
    String table = table("@org.corsroutes.annotation.CrossOrigin(methods = \"*\")");
    assertTrue(table.contains(".bind(\"*\", API, \"GET get()\")"), table);
    assertTrue(table.contains(".refuse(API, \"TRACE trace()\", \"track track()\")"), table);
  }
}
