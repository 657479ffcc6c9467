package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Another processor generates, in round 1, the composed policy a resource uses and the
 * sub-resource class its locator returns. The CORS processor must defer the resource by name
 * and generate the full table in round 2, as if the types had been written by hand.
 */
class LaterRoundTest {

  /** Writes {@code test.GeneratedCors} and {@code test.GeneratedSettings} in its first round. */
  static final class GeneratingProcessor extends AbstractProcessor {
    private boolean done;

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
      if (done) {
        return false;
      }
      done = true;
      write("test.GeneratedCors", "package test;\n"
          + "@org.corsroutes.annotation.CrossOrigin(origins = \"https://gen.example.com\",\n"
          + "    allowCredentials = true)\n"
          + "public @interface GeneratedCors {}\n");
      write("test.GeneratedSettings", "package test;\n"
          + "import jakarta.ws.rs.*;\n"
          + "public class GeneratedSettings {\n"
          + "  @GET public String get() { return \"\"; }\n"
          + "  @PUT public String put(String body) { return body; }\n"
          + "}\n");
      return false;
    }

    private void write(String name, String text) {
      try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        w.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void composedPolicyAndSubResourceGeneratedInRoundOne() {
    JavaFileObject api = Compiler.source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@GeneratedCors",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"settings\") public GeneratedSettings settings() { return null; }",
        "}");
    Compilation c = Compiler.base().withProcessors(new GeneratingProcessor(), new CorsProcessor())
        .compile(api);
    assertThat(c).succeededWithoutWarnings();
    String table = GeneratedSourcesTest.contents(
        c.generatedSourceFile("test.ApiCorsRoutes").orElseThrow());
    assertTrue(table.contains("\"/api\""), table);
    assertTrue(table.contains("{@code /api/settings}"), table);
    assertTrue(table.contains("\"GET, PUT\""), table);
    assertTrue(table.contains("https://gen.example.com"), table);
    assertTrue(table.contains("declaredOn(\"test.Api (@GeneratedCors)\")"), table);
  }
}
