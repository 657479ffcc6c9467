package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline gate ({@code -Acors.baseline}): a baseline is written from one version of a
 * resource with {@code -Acors.baseline.update=true}, then a changed version is compiled against
 * it. One test per kind of widening checks the id, the message (route, before and after, how to
 * accept), the file and the line of the policy the route takes; narrowing is a note; a missing
 * or malformed baseline is an error saying how to fix it; the update path rewrites the file.
 */
class BaselineGateTest {
  @TempDir Path tmp;

  private static final String BASE =
      "@CrossOrigin(origins = \"https://app.example.com\", methods = \"GET\","
          + " allowedHeaders = \"Content-Type\", exposedHeaders = \"X-Id\", maxAge = 600)";

  /** {@code annotation} on line 4, on the class; GET on line 7; {@code extra} on line 8. */
  private static JavaFileObject api(String annotation, String extra) {
    return Compiler.source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        annotation,
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        extra,
        "}");
  }

  private static final String PUT = "  @PUT public void put(String body) {}";

  private Path baseline() {
    return tmp.resolve("src/main/cors/cors-routes.baseline.json");
  }

  private Compilation compile(boolean update, JavaFileObject... sources) {
    List<String> options = new ArrayList<>(List.of("-Acors.baseline=" + baseline()));
    if (update) {
      options.add("-Acors.baseline.update=true");
    }
    return Compiler.compile(options, sources);
  }

  /** Writes the baseline from {@code sources}, as a first build with the update option. */
  private void accept(JavaFileObject... sources) {
    Compilation c = compile(true, sources);
    assertThat(c).succeeded();
    assertTrue(Files.exists(baseline()), "the update wrote " + baseline());
  }

  private static void assertError(Compilation c, Diagnostic d, JavaFileObject file, long line,
      String... fragments) {
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[" + d.id() + "]").inFile(file).onLine(line);
    for (String fragment : fragments) {
      assertThat(c).hadErrorContaining(fragment).inFile(file).onLine(line);
    }
    assertThat(c).hadErrorContaining("rebuild with -Acors.baseline.update=true");
  }

  private String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unchangedRoutesPass() {
    accept(api(BASE, PUT));
    Compilation c = compile(false, api(BASE, PUT));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("[CorsBaseline")),
        c.diagnostics().toString());
  }

  @Test
  @Proves(Diagnostic.BASELINE_NEW_ORIGIN)
  void newOrigin() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("origins = \"https://app.example.com\"",
        "origins = {\"https://app.example.com\", \"https://new.example.com\"}"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_NEW_ORIGIN, file, 4,
        "GET /api (test.Api#get) allows an origin the baseline",
        "origins [\"https://app.example.com\"] -> [\"https://app.example.com\","
            + " \"https://new.example.com\"]");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_NEW_ORIGIN)
  void newOriginPattern() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("methods", "originPatterns = \"https://*.example.net\","
        + " methods"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_NEW_ORIGIN, file, 4,
        "originPatterns [] -> [\"https://*.example.net\"]");
  }

  @Test
  @Proves(Diagnostic.BASELINE_ANY_ORIGIN)
  void anyOrigin() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("\"https://app.example.com\"", "\"*\""), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_ANY_ORIGIN, file, 4,
        "GET /api (test.Api#get) is open to every origin",
        "origins [\"https://app.example.com\"] -> [\"*\"]");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_CREDENTIALS)
  void credentialsTurnedOn() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("maxAge", "allowCredentials = true, maxAge"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_CREDENTIALS, file, 4,
        "GET /api (test.Api#get) turns credentials on", "allowCredentials false -> true",
        "read responses to requests sent with the user's cookies");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_NEW_METHOD)
  void newMethod() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("methods = \"GET\"", "methods = {\"GET\", \"PUT\"}"),
        PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_NEW_METHOD, file, 4,
        "GET /api (test.Api#get) allows a method the baseline",
        "allowMethods \"GET\" -> \"GET, PUT\"");
    // PUT was refused by the policy, so it had no entry: now it is a route of its own.
    assertError(c, Diagnostic.BASELINE_NEW_ROUTE, file, 4, "PUT /api (test.Api#put)");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  @Proves(Diagnostic.BASELINE_NEW_HEADER)
  void newAllowedAndExposedHeaders() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE
        .replace("allowedHeaders = \"Content-Type\"",
            "allowedHeaders = {\"Content-Type\", \"X-Trace\"}")
        .replace("exposedHeaders = \"X-Id\"", "exposedHeaders = {\"X-Id\", \"X-Total\"}"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_NEW_HEADER, file, 4,
        "GET /api (test.Api#get) allows or exposes a header the baseline",
        "allowedHeaders \"Content-Type\" -> \"Content-Type, X-Trace\"; exposedHeaders \"X-Id\""
            + " -> \"X-Id, X-Total\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_ANY_REQUEST_HEADER)
  void allowedHeadersBecomeWhateverIsRequested() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace(" allowedHeaders = \"Content-Type\",", ""), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_ANY_REQUEST_HEADER, file, 4,
        "GET /api (test.Api#get) now allows whatever request headers a preflight asks for",
        "allowedHeaders \"Content-Type\" -> (whatever the preflight asks for)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_LONGER_MAX_AGE)
  void longerMaxAge() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("maxAge = 600", "maxAge = 7200"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_LONGER_MAX_AGE, file, 4,
        "GET /api (test.Api#get) lets browsers cache its preflight longer", "maxAge 600 -> 7200");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_PRIVATE_NETWORK)
  void privateNetworkAccess() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("maxAge", "allowPrivateNetwork = true, maxAge"), PUT);
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_PRIVATE_NETWORK, file, 4,
        "GET /api (test.Api#get) turns private network access on",
        "allowPrivateNetwork false -> true");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_NEW_ROUTE)
  void newRoute() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE, PUT + " @GET @Path(\"count\") public int count() { return 0; }");
    Compilation c = compile(false, file);
    assertError(c, Diagnostic.BASELINE_NEW_ROUTE, file, 4,
        "GET /api/count (test.Api#count) is a route with a CORS policy the baseline",
        "policy test.Api, origins [\"https://app.example.com\"], allowCredentials false");
    assertThat(c).hadErrorCount(1);
  }

  /** A method moves to a composed policy that allows more: one error listing every widening. */
  @Test
  @Proves(Diagnostic.BASELINE_WIDER_POLICY)
  void widerComposedPolicy() {
    JavaFileObject admin = Compiler.source("test.AdminCors",
        "package test;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = {\"https://app.example.com\", \"https://admin.example.com\"},",
        "    allowCredentials = true, allowedHeaders = \"Content-Type\", maxAge = 600)",
        "public @interface AdminCors {}");
    String policy = BASE.replace(" methods = \"GET\",", "");
    accept(api(policy, PUT), admin);
    JavaFileObject file = Compiler.source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        policy,
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET @AdminCors public String get() { return \"\"; }",
        PUT,
        "}");
    Compilation c = compile(false, file, admin);
    assertError(c, Diagnostic.BASELINE_WIDER_POLICY, file, 7,
        "GET /api (test.Api#get) moves to a wider policy",
        "policy test.Api -> test.Api#get (@AdminCors), origins [\"https://app.example.com\"] ->"
            + " [\"https://app.example.com\", \"https://admin.example.com\"]; allowCredentials"
            + " false -> true. If intended, accept it");
    assertThat(c).hadErrorCount(1);
    // PUT keeps the class policy, and now offers only itself.
    assertThat(c).hadNoteContaining("[CorsBaselineNarrowed] PUT /api (test.Api#put) is narrower"
        + " than in the baseline");
    assertThat(c).hadNoteContaining("allowMethods \"GET, PUT\" -> \"PUT\"");
  }

  @Test
  @Proves(Diagnostic.BASELINE_NARROWED)
  void narrowingIsANote() {
    accept(api(BASE, PUT));
    JavaFileObject file = api(BASE.replace("maxAge = 600", "maxAge = 60")
        .replace("allowedHeaders = \"Content-Type\"", "allowedHeaders = \"Content-Type\""), PUT);
    Compilation c = compile(false, file);
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[CorsBaselineNarrowed] GET /api (test.Api#get) is narrower"
        + " than in the baseline").inFile(file).onLine(4);
    assertThat(c).hadNoteContaining("maxAge 600 -> 60").inFile(file).onLine(4);
  }

  @Test
  @Proves(Diagnostic.BASELINE_NARROWED)
  void removedRouteIsANote() {
    accept(api(BASE, PUT + " @GET @Path(\"count\") public int count() { return 0; }"));
    Compilation c = compile(false, api(BASE, PUT));
    assertThat(c).succeeded();
    assertThat(c).hadNoteContaining("[CorsBaselineNarrowed] GET /api/count (test.Api#count) is"
        + " narrower than in the baseline");
    assertThat(c).hadNoteContaining("the route no longer has a CORS policy");
  }

  /** Not positioned: the file is not a source; the message names it and how to create it. */
  @Test
  @Proves(Diagnostic.BASELINE_MISSING)
  void missingBaseline() {
    Compilation c = compile(false, api(BASE, PUT));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsBaselineMissing] the CORS baseline " + baseline()
        + " does not exist");
    assertThat(c).hadErrorContaining("Create it from this build with -Acors.baseline.update=true");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_MALFORMED)
  void malformedBaseline() throws IOException {
    accept(api(BASE, PUT));
    List<String> lines = new ArrayList<>(Files.readAllLines(baseline()));
    lines.set(3, lines.get(3).replace("\"maxAge\": 600", "\"maxAge\": \"600\""));
    Files.write(baseline(), lines);
    Compilation c = compile(false, api(BASE, PUT));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsBaselineMalformed] the CORS baseline " + baseline()
        + " cannot be read: line 4 has \"maxAge\" that is not a number");
    assertThat(c).hadErrorContaining("write it again from this build with"
        + " -Acors.baseline.update=true");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.BASELINE_MALFORMED)
  void truncatedBaseline() throws IOException {
    accept(api(BASE, PUT));
    String text = read(baseline());
    Files.writeString(baseline(), text.substring(0, text.indexOf("  ]")));
    Compilation c = compile(false, api(BASE, PUT));
    assertThat(c).hadErrorContaining("[CorsBaselineMalformed]");
    assertThat(c).hadErrorContaining("ends the file inside \"routes\"");
  }

  /**
   * Accepting a widening: the update build passes, says what it wrote, and changes exactly the
   * widened route's line; the next build against it passes.
   */
  @Test
  @Proves(Diagnostic.BASELINE_UPDATED)
  void updateRewritesTheBaselineWithOneLineChanged() {
    accept(api(BASE, PUT));
    List<String> before = read(baseline()).lines().toList();
    JavaFileObject widened = api(BASE.replace("maxAge", "allowCredentials = true, maxAge"), PUT);
    assertThat(compile(false, widened)).hadErrorContaining("[CorsBaselineCredentials]");

    Compilation update = compile(true, widened);
    assertThat(update).succeeded();
    assertThat(update).hadNoteContaining("[CorsBaselineUpdated] wrote the CORS baseline "
        + baseline() + " from this build: 1 route, 1 widened and 0 narrowed since the previous"
        + " one. Review and commit its diff");
    List<String> after = read(baseline()).lines().toList();
    assertEquals(before.size(), after.size());
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(i);
      }
    }
    assertEquals(List.of(3), changed, "only the route's line:\n" + String.join("\n", after));
    assertEquals(before.get(3).replace("\"allowCredentials\": false",
        "\"allowCredentials\": true"), after.get(3));

    Compilation next = compile(false, widened);
    assertThat(next).succeededWithoutWarnings();
    assertThat(compile(true, widened)).hadNoteContaining("1 route, 0 widened and 0 narrowed since"
        + " the previous one; it already held exactly this, so there is no diff");
  }

  /** The file as written: valid JSON laid out one route per line, sorted like the report. */
  @Test
  void baselineFormat() {
    accept(api(BASE.replace("methods = \"GET\"", "methods = {\"GET\", \"PUT\"}"),
        PUT + " @GET @Path(\"count\") public int count() { return 0; }"));
    String route = "\"resource\": \"test.Api#%s\", \"policy\": \"test.Api\","
        + " \"origins\": [\"https://app.example.com\"], \"originPatterns\": [],"
        + " \"allowCredentials\": false, \"allowMethods\": \"%s\","
        + " \"allowHeaders\": \"Content-Type\", \"exposeHeaders\": \"X-Id\", \"maxAge\": 600,"
        + " \"allowPrivateNetwork\": false}";
    assertEquals("{\n"
        + "  \"about\": \"CORS Routes baseline: the CORS of every route as last accepted. The"
        + " build fails when a route allows more than this; rewrite it with"
        + " -Acors.baseline.update=true and review the diff\",\n"
        + "  \"routes\": [\n"
        + "    {\"path\": \"/api\", \"method\": \"GET\", " + route.formatted("get", "GET, PUT") + ",\n"
        + "    {\"path\": \"/api\", \"method\": \"PUT\", " + route.formatted("put", "GET, PUT") + ",\n"
        + "    {\"path\": \"/api/count\", \"method\": \"GET\", " + route.formatted("count", "GET")
        + "\n"
        + "  ]\n"
        + "}\n", read(baseline()));
  }

  /** A compilation with errors of its own neither judges nor rewrites the baseline. */
  @Test
  void aBrokenBuildLeavesTheBaselineAlone() {
    accept(api(BASE, PUT));
    String before = read(baseline());
    Compilation c = compile(true, api("@CrossOrigin(origins = \"*\", allowCredentials = true)",
        PUT));
    assertThat(c).hadErrorContaining("[CorsWildcardWithCredentials]");
    assertThat(c).hadErrorCount(1);
    assertEquals(before, read(baseline()));
  }

  @Test
  void updateWithoutABaselineFileIsAnInvalidOption() {
    Compilation c = Compiler.compile(List.of("-Acors.baseline.update=true"), api(BASE, PUT));
    assertThat(c).hadErrorContaining("[CorsInvalidOption] -Acors.baseline.update without"
        + " -Acors.baseline names no baseline to write");
  }
}
