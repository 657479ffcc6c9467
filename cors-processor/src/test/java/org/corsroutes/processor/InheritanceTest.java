package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JAX-RS annotation inheritance as Jersey applies it (checked against Jersey 4 and RESTEasy 7
 * while writing these cases; the README lists where RESTEasy differs): a class's {@code @Path}
 * from a superclass or an interface, a method's JAX-RS annotations from the first overridden
 * method that has any, and policies on interfaces and superclasses in nearest-wins.
 */
class InheritanceTest {

  private static String table(Compilation c, String name) {
    return GeneratedSourcesTest.contents(c.generatedSourceFile(name).orElseThrow(
        () -> new AssertionError(name + " was not generated: " + c.generatedSourceFiles())));
  }

  /** The {@code .bind}, {@code .refuse} and {@code .serve} entries, in table order. */
  private static List<String> entries(String table) {
    Matcher m = Pattern.compile("\"([A-Z]+ [a-zA-Z]+\\([^\"]*\\))\"").matcher(table);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void classImplementingAPathInterfaceIsARootResourceWithTheInterfacePolicy() {
    JavaFileObject api = source("test.WidgetsApi",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://app.example.com\")",
        "@Path(\"/widgets\")",
        "public interface WidgetsApi<T> {",
        "  @GET @Path(\"{id}\") String get(@PathParam(\"id\") long id);",
        "  @PUT @Path(\"{id}\") String put(@PathParam(\"id\") long id, T body);",
        "  @DELETE @Path(\"{id}\")",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\")",
        "  void delete(@PathParam(\"id\") long id);",
        "}");
    JavaFileObject impl = source("test.Widgets",
        "package test;",
        "public class Widgets implements WidgetsApi<String> {",
        "  public String get(long id) { return \"\"; }",
        "  public String put(long id, String body) { return body; }",
        "  public void delete(long id) {}",
        "}");
    Compilation c = compile(api, impl);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(1, c.generatedSourceFiles().size(), "the interface itself is no root resource");
    String table = table(c, "test.WidgetsCorsRoutes");
    assertTrue(table.contains("CorsResource.root(\"/widgets\", \"test.Widgets\")"), table);
    // The implementing method's erasure: what JAX-RS reports for the matched method.
    assertEquals(List.of("GET get(long)", "PUT put(long,java.lang.String)", "DELETE delete(long)"),
        entries(table));
    assertTrue(table.contains(".bind(\"GET, PUT\", WIDGETS_API, \"GET get(long)\","), table);
    assertTrue(table.contains(".bind(\"DELETE\", WIDGETS_API_DELETE, \"DELETE delete(long)\")"),
        table);
    assertTrue(table.contains("CorsPolicy.declaredOn(\"test.WidgetsApi\")"), table);
  }

  @Test
  void policiesAreNearestFirstFromTheImplementationUp() {
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://interface.example.com\")",
        "@Path(\"/api\")",
        "public interface Api {",
        "  @GET String get();",
        "  @POST",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://interface-method.example.com\")",
        "  String post(String body);",
        "  @DELETE void delete();",
        "}");
    JavaFileObject impl = source("test.Impl",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://class.example.com\")",
        "public class Impl implements Api {",
        "  public String get() { return \"\"; }",
        "  public String post(String body) { return body; }",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://method.example.com\")",
        "  public void delete() {}",
        "}");
    Compilation c = compile(api, impl);
    assertThat(c).succeededWithoutWarnings();
    String table = table(c, "test.ImplCorsRoutes");
    assertTrue(table.contains(".bind(\"GET\", IMPL, \"GET get()\")"), table);
    assertTrue(table.contains(".bind(\"POST\", API_POST, \"POST post(java.lang.String)\")"), table);
    assertTrue(table.contains(".bind(\"DELETE\", IMPL_DELETE, \"DELETE delete()\")"), table);
    assertFalse(table.contains("interface.example.com\""), "the class policy is nearer: " + table);
  }

  @Test
  void superclassPathAndPolicyReachTheSubclass() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://base.example.com\")",
        "@Path(\"/base\")",
        "public abstract class Base {",
        "  @GET public String get() { return \"\"; }",
        "}");
    JavaFileObject sub = source("test.Sub",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Sub extends Base {",
        "  @POST public String post(String body) { return body; }",
        "}");
    Compilation c = compile(base, sub);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(1, c.generatedSourceFiles().size(), "an abstract class is no root resource");
    String table = table(c, "test.SubCorsRoutes");
    assertTrue(table.contains("CorsResource.root(\"/base\", \"test.Sub\")"), table);
    assertTrue(table.contains(".bind(\"GET, POST\", BASE, \"GET get()\", \"POST post(java.lang.String)\")"),
        table);
  }

  @Test
  void superclassPathWinsOverAnInterfacePath() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/from-interface\") public interface I { @GET String get(); }",
        "  @Path(\"/from-superclass\") public abstract static class S {}",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class C extends S implements I { public String get() { return \"\"; } }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertTrue(table(c, "test.Api_CCorsRoutes")
        .contains("CorsResource.root(\"/from-superclass\", \"test.Api$C\")"));
  }

  @Test
  void interfacesOfInterfacesGiveNoPathButTheirMethodsAreInherited() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/never\") public interface Base { @GET String get(); }",
        "  public interface Middle extends Base {}",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class NotARoot implements Middle { public String get() { return \"\"; } }",
        "  @Path(\"/root\") public interface Root extends Base {}",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class IsARoot implements Root { public String get() { return \"\"; } }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(1, c.generatedSourceFiles().size(), c.generatedSourceFiles().toString());
    String table = table(c, "test.Api_IsARootCorsRoutes");
    assertTrue(table.contains("CorsResource.root(\"/root\", \"test.Api$IsARoot\")"), table);
    assertEquals(List.of("GET get()"), entries(table));
  }

  @Test
  void anOverrideWithAnyJaxRsAnnotationHidesTheInheritedOnes() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/api\") public interface I {",
        "    @GET @Path(\"a\") String a();",
        "    @GET @Path(\"b/{id}\") String b(@PathParam(\"id\") String id);",
        "    @GET @Path(\"c\") String c();",
        "    @GET @Path(\"d\") String d();",
        "  }",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class C implements I {",
        "    @Produces(\"text/plain\") public String a() { return \"\"; }",
        "    public String b(@PathParam(\"id\") String id) { return \"\"; }",
        "    @POST public String c() { return \"\"; }",
        "    @Deprecated public String d() { return \"\"; }",
        "  }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeeded();
    // a and b: not resource methods (Jersey answers 404); c: POST on /api; d: inherited.
    String table = table(c, "test.Api_CCorsRoutes");
    assertEquals(List.of("POST c()", "GET d()"), entries(table));
    assertTrue(table.contains("CorsRoute.withoutPath()"), table);
    assertTrue(table.contains("CorsRoute.path(\"d\")"), table);
  }

  @Test
  void superclassAnnotationsComeBeforeInterfaceAnnotations() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  public interface FromSuperclass { @GET @Path(\"from-superclass\") String get(); }",
        "  public interface FromInterface { @GET @Path(\"from-interface\") String get(); }",
        "  public abstract static class S implements FromSuperclass {}",
        "  @Path(\"/c\") @org.corsroutes.annotation.CrossOrigin",
        "  public static class C extends S implements FromInterface {",
        "    public String get() { return \"\"; }",
        "  }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    String table = table(c, "test.Api_CCorsRoutes");
    assertTrue(table.contains("CorsRoute.path(\"from-superclass\")"), table);
    assertFalse(table.contains("from-interface"), table);
  }

  @Test
  void anImplementationInheritedFromAnUnrelatedSuperclassIsNoResourceMethod() {
    // JAX-RS searches from the class that declares the method: S.get() implements I.get()
    // only in C, so its annotations are never found (Jersey answers 404).
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/c\") public interface I { @GET String get(); @POST String post(String b); }",
        "  public static class S { public String get() { return \"\"; } }",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class C extends S implements I {",
        "    public String post(String b) { return b; }",
        "  }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of("POST post(java.lang.String)"), entries(table(c, "test.Api_CCorsRoutes")));
  }

  @Test
  void defaultMethodsAndDiamondsGiveEachRouteOnce() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/c\") public interface I {",
        "    @GET default String get() { return \"\"; }",
        "    @PUT String put(String body);",
        "  }",
        "  public interface J { @PUT String put(String body); }",
        "  public abstract static class S implements I, J {",
        "    public String put(String body) { return body; }",
        "  }",
        "  @org.corsroutes.annotation.CrossOrigin",
        "  public static class C extends S implements J {}",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of("GET get()", "PUT put(java.lang.String)"),
        entries(table(c, "test.Api_CCorsRoutes")));
  }

  @Test
  void genericSuperclassMethodsKeepTheirErasure() {
    // Not overridden, the method JAX-RS reports is Base.put(Object): the table says so.
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Api {",
        "  @Path(\"/c\") @org.corsroutes.annotation.CrossOrigin",
        "  public abstract static class Base<T> {",
        "    @PUT public String put(T body) { return \"\"; }",
        "    @POST public abstract String post(T body);",
        "  }",
        "  public static class C extends Base<String> {",
        "    public String post(String body) { return body; }",
        "  }",
        "}");
    Compilation c = compile(file);
    assertThat(c).succeededWithoutWarnings();
    assertEquals(List.of("POST post(java.lang.String)", "PUT put(java.lang.Object)"),
        entries(table(c, "test.Api_CCorsRoutes")));
  }

  @Test
  void anInterfaceFromTheClassPathGivesPathPolicyAndMethods(@TempDir Path classes) {
    JavaFileObject api = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://app.example.com\")",
        "@Path(\"/api\")",
        "public interface Api<T> {",
        "  @GET @Path(\"{id}\") String get(@PathParam(\"id\") long id);",
        "  @PUT @Path(\"{id}\") String put(@PathParam(\"id\") long id, T body);",
        "}");
    Compilation first = compile(api);
    assertThat(first).succeededWithoutWarnings();
    Compiler.writeClasses(first, classes);
    JavaFileObject impl = source("test.Impl",
        "package test;",
        "public class Impl implements Api<String> {",
        "  public String get(long id) { return \"\"; }",
        "  public String put(long id, String body) { return body; }",
        "}");
    Compilation c = Compiler.compileAgainst(classes, impl);
    assertThat(c).succeededWithoutWarnings();
    String table = table(c, "test.ImplCorsRoutes");
    assertTrue(table.contains("CorsResource.root(\"/api\", \"test.Impl\")"), table);
    assertEquals(List.of("GET get(long)", "PUT put(long,java.lang.String)"), entries(table));
    assertTrue(table.contains("CorsPolicy.declaredOn(\"test.Api\")"), table);
  }

  @Test
  void anInterfaceGeneratedInALaterRound() {
    JavaFileObject impl = source("test.Impl",
        "package test;",
        "public class Impl implements GeneratedApi {",
        "  public String get() { return \"\"; }",
        "}");
    Compilation c = Compiler.base().withProcessors(new GeneratingProcessor("test.GeneratedApi",
        "package test;\n"
            + "@org.corsroutes.annotation.CrossOrigin(origins = \"https://gen.example.com\")\n"
            + "@jakarta.ws.rs.Path(\"/generated\")\n"
            + "public interface GeneratedApi { @jakarta.ws.rs.GET String get(); }\n"),
        new CorsProcessor()).compile(impl);
    assertThat(c).succeededWithoutWarnings();
    String table = table(c, "test.ImplCorsRoutes");
    assertTrue(table.contains("CorsResource.root(\"/generated\", \"test.Impl\")"), table);
    assertTrue(table.contains("https://gen.example.com"), table);
  }

  /** Writes one source in its first round. */
  static final class GeneratingProcessor extends AbstractProcessor {
    private final String name;
    private final String text;
    private boolean done;

    GeneratingProcessor(String name, String text) {
      this.name = name;
      this.text = text;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
