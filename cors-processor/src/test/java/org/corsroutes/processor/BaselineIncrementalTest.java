package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline gate under incremental builds: a compilation that sees only some sources judges
 * the merged routes of the whole class output, so the routes it does not compile are neither
 * reported as gone nor let through, and the reviewers' report lists them all.
 */
class BaselineIncrementalTest {
  private static final String HEALTH = String.join("\n",
      "package test;",
      "import jakarta.ws.rs.*;",
      "import org.corsroutes.annotation.CrossOrigin;",
      "@Path(\"/health\")",
      "@CrossOrigin",
      "public class Health {",
      "  @GET public String get() { return \"\"; }",
      "}");

  private static String api(String policy) {
    return String.join("\n",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@Path(\"/api\")",
        policy,
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
  }

  @Test
  void judgesTheMergedRoutes(@TempDir Path tmp) {
    Path baseline = tmp.resolve("cors-routes.baseline.json");
    List<String> check = List.of("-Acors.baseline=" + baseline);
    List<String> update = List.of("-Acors.baseline=" + baseline, "-Acors.baseline.update=true");
    DiskBuild build = new DiskBuild(tmp.resolve("project"));
    build.write("test.Health", HEALTH);
    build.write("test.Api", api("@CrossOrigin(origins = \"https://app.example.com\")"));
    DiskBuild.Result first = build.compileWith(update, "test.Api", "test.Health");
    assertTrue(first.ok(), first.diagnostics().toString());
    assertTrue(first.messages(Kind.NOTE).stream()
        .anyMatch(m -> m.startsWith("[CorsBaselineUpdated]") && m.contains(": 2 routes,")),
        first.messages(Kind.NOTE).toString());

    // Only Health is compiled again: Api's route comes from the earlier compilation.
    DiskBuild.Result healthOnly = build.compileWith(check, "test.Health");
    assertTrue(healthOnly.ok(), healthOnly.diagnostics().toString());
    assertTrue(healthOnly.messages(Kind.NOTE).stream().noneMatch(m -> m.contains("CorsBaseline")),
        "Api's route is not gone: " + healthOnly.messages(Kind.NOTE));

    // Api widens, compiled alone: the gate sees it, and Health's route is not gone.
    build.write("test.Api", api("@CrossOrigin(origins = \"https://app.example.com\","
        + " allowCredentials = true)"));
    DiskBuild.Result apiOnly = build.compileWith(check, "test.Api");
    assertFalse(apiOnly.ok());
    assertEquals(List.of("[CorsBaselineCredentials] GET /api (test.Api#get) turns credentials on,"
        + " off in the baseline " + baseline + ": allowCredentials false -> true. The origins it"
        + " allows can now read responses to requests sent with the user's cookies. "
        + "If intended, accept it: rebuild with -Acors.baseline.update=true (Maven:"
        + " -Dcors.baseline.update=true where the pom passes it on) and commit the baseline's"
        + " diff; otherwise revert the change"), apiOnly.messages(Kind.ERROR));
    assertTrue(apiOnly.messages(Kind.NOTE).stream().noneMatch(m -> m.contains("/health")),
        apiOnly.messages(Kind.NOTE).toString());
    String review = build.output("META-INF/cors-routes.md");
    assertTrue(review.contains("## `test.Health`") && review.contains("## `test.Api`"), review);

    // Compiling another file does not let the widened route through: it is in the merged report.
    DiskBuild.Result again = build.compileWith(check, "test.Health");
    assertFalse(again.ok());
    assertTrue(again.messages(Kind.ERROR).get(0).startsWith("[CorsBaselineCredentials] GET /api"),
        again.messages(Kind.ERROR).toString());
  }
}
