package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic id: the source triggers it, and the test checks the kind, the id and
 * the key words of the message, the file and the line (the line of the offending attribute).
 */
class DiagnosticsTest {

  /** A resource with one GET method; {@code annotation} goes on line 4, on the class. */
  private static JavaFileObject resource(String annotation) {
    return source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        annotation,
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
  }

  private static void assertError(Compilation compilation, Diagnostic d, JavaFileObject file,
      long line, String... fragments) {
    assertThat(compilation).failed();
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(line);
    }
    assertThat(compilation).hadErrorContaining("[" + d.id() + "]").inFile(file).onLine(line);
  }

  private static void assertWarning(Compilation compilation, Diagnostic d, JavaFileObject file,
      long line, String... fragments) {
    assertThat(compilation).succeeded();
    for (String fragment : fragments) {
      assertThat(compilation).hadWarningContaining(fragment).inFile(file).onLine(line);
    }
    assertThat(compilation).hadWarningContaining("[" + d.id() + "]").inFile(file).onLine(line);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_WITH_CREDENTIALS)
  void wildcardWithCredentials() {
    JavaFileObject file = resource("@CrossOrigin(origins = \"*\", allowCredentials = true)");
    Compilation c = compile(file);
    assertError(c, Diagnostic.WILDCARD_WITH_CREDENTIALS, file, 4,
        "allowCredentials = true with origin \"*\"", "forbids the wildcard", "List the origins");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_WITH_CREDENTIALS)
  void emptyCrossOriginImpliesWildcard() {
    JavaFileObject file = resource("@CrossOrigin(allowCredentials = true)");
    assertError(compile(file), Diagnostic.WILDCARD_WITH_CREDENTIALS, file, 4,
        "implied by @CrossOrigin without origins");
  }

  @Test
  @Proves(Diagnostic.INVALID_ORIGIN)
  void malformedOrigin() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = {",
        "    \"https://app.example.com\",",
        "    \"https://app.example.com/\"})",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INVALID_ORIGIN, file, 6,
        "origin \"https://app.example.com/\"", "Fix: remove the trailing slash");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.NULL_ORIGIN)
  void nullOrigin() {
    JavaFileObject file = resource("@CrossOrigin(origins = \"null\")");
    assertError(compile(file), Diagnostic.NULL_ORIGIN, file, 4, "sandboxed iframes");
  }

  @Test
  @Proves(Diagnostic.WILDCARD_MIXED)
  void wildcardMixedWithOrigins() {
    JavaFileObject file = resource("@CrossOrigin(origins = {\"*\", \"https://a.example.com\"})");
    assertError(compile(file), Diagnostic.WILDCARD_MIXED, file, 4, "Use origins = \"*\" alone");
  }

  @Test
  @Proves(Diagnostic.INVALID_ORIGIN_PATTERN)
  void malformedPattern() {
    JavaFileObject file = resource("@CrossOrigin(originPatterns = \"https://app.*.com\")");
    assertError(compile(file), Diagnostic.INVALID_ORIGIN_PATTERN, file, 4,
        "origin pattern \"https://app.*.com\"", "whole leftmost label");
  }

  @Test
  @Proves(Diagnostic.MULTIPLE_POLICIES)
  void twoPoliciesOnOneElement() {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\")",
        "public @interface AdminCors {}");
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = \"https://app.example.com\")",
        "@AdminCors",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
    assertError(compile(admin, file), Diagnostic.MULTIPLE_POLICIES, file, 5,
        "test.Api carries two CORS policies (@CrossOrigin, @AdminCors)");
  }

  @Test
  @Proves(Diagnostic.CONFLICTING_POLICIES)
  void differentPoliciesForOnePathAndMethodAcrossClasses() {
    JavaFileObject first = source("test.First",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://a.example.com\")",
        "@Path(\"/api/{id}\")",
        "public class First {",
        "  @GET public String get() { return \"\"; }",
        "}");
    JavaFileObject second = source("test.Second",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/api\")",
        "public class Second {",
        "  @GET @Path(\"{key}\")",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://b.example.com\")",
        "  public String get() { return \"\"; }",
        "}");
    assertError(compile(first, second), Diagnostic.CONFLICTING_POLICIES, second, 6,
        "GET /api/{key} gets two different CORS policies", "test.First", "test.Second#get");
  }

  @Test
  @Proves(Diagnostic.UNFOLLOWED_LOCATOR)
  void locatorReturningObject() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"more\") public Object more() { return null; }",
        "}");
    assertWarning(compile(file), Diagnostic.UNFOLLOWED_LOCATOR, file, 7,
        "test.Api#more returns java.lang.Object");
  }

  @Test
  @Proves(Diagnostic.UNRESOLVED_TYPE)
  void typeMissingWhenProcessingIsOver() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @Path(\"more\") public Missing more() { return null; }",
        "}");
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsUnresolvedType] test.Api still refers to types")
        .inFile(file).onLine(5);
  }

  @Test
  @Proves(Diagnostic.INTERNAL_ERROR)
  void internalFailureIsOneClearError() {
    // The processor cannot be broken from source; the message format is what users see.
    String message = Diagnostic.INTERNAL_ERROR.format("test.Api", "java.lang.NullPointerException");
    org.junit.jupiter.api.Assertions.assertEquals("[CorsInternalError] the CORS Routes processor"
        + " failed on test.Api: java.lang.NullPointerException. This is a bug in the processor;"
        + " please report it with this message", message);
  }
}
