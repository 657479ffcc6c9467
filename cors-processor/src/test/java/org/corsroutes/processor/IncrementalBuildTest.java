package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation that sees only the changed file (an IDE, javac on what changed), with the
 * class output of the earlier one kept, must leave exactly what a full build of the same sources
 * leaves: the same tables, service file, report and state. The changed file is each time one
 * the tables depend on without being a root resource, the case a naive merge gets wrong.
 */
class IncrementalBuildTest {
  private static final List<String> SAMPLE = List.of("UsersResource", "SettingsResource",
      "AdminCors", "HealthResource", "PartnersResource", "OrdersApi", "OrdersResource");

  private static String sample(String simpleName) {
    try (var in = IncrementalBuildTest.class.getClassLoader()
        .getResourceAsStream("sources/org/example/" + simpleName + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DiskBuild project(Path dir) {
    DiskBuild build = new DiskBuild(dir);
    for (String name : SAMPLE) {
      build.write("org.example." + name, sample(name));
    }
    return build;
  }

  /**
   * Builds the sample, applies {@code change}, recompiles only {@code recompiled}, and compares
   * with a full build of the changed sources.
   */
  private static DiskBuild assertIncrementalEqualsFull(Path tmp, Consumer<DiskBuild> change,
      String... recompiled) {
    DiskBuild incremental = project(tmp.resolve("incremental"));
    incremental.compileAll();
    change.accept(incremental);
    incremental.compile(recompiled);

    DiskBuild full = project(tmp.resolve("full"));
    change.accept(full);
    full.compileAll();

    for (String file : List.of("META-INF/services/org.corsroutes.runtime.CorsRouteTable",
        "META-INF/cors-routes.json", "META-INF/cors-routes.state")) {
      assertEquals(full.output(file), incremental.output(file), file);
    }
    assertEquals(full.tables(), incremental.tables(), "the tables the service file lists");
    return incremental;
  }

  @Test
  void changedSubResourceRegeneratesTheTableOfItsRoot(@TempDir Path tmp) {
    DiskBuild build = assertIncrementalEqualsFull(tmp, b -> b.write("org.example.SettingsResource",
        sample("SettingsResource").replace("  @GET\n  public String get() {",
            "  @jakarta.ws.rs.DELETE\n  public void reset() {}\n\n  @GET\n  public String get() {")),
        "org.example.SettingsResource");
    assertTrue(build.tables().contains("\"DELETE reset()\""), build.tables());
  }

  @Test
  void changedInterfaceRegeneratesTheTableOfItsImplementation(@TempDir Path tmp) {
    DiskBuild build = assertIncrementalEqualsFull(tmp, b -> b.write("org.example.OrdersApi",
        sample("OrdersApi").replace("https://shop.example.com", "https://store.example.com")),
        "org.example.OrdersApi");
    assertTrue(build.output("META-INF/cors-routes.json").contains("https://store.example.com"));
  }

  @Test
  void changedComposedPolicyRegeneratesTheTablesUsingIt(@TempDir Path tmp) {
    DiskBuild build = assertIncrementalEqualsFull(tmp, b -> b.write("org.example.AdminCors",
        sample("AdminCors").replace("maxAge = 600", "maxAge = 300")),
        "org.example.AdminCors");
    String report = build.output("META-INF/cors-routes.json");
    assertTrue(report.contains("\"maxAge\": 300"), report);
    assertFalse(report.contains("\"maxAge\": 600"), report);
  }

  @Test
  void changedRootAloneKeepsTheOtherTables(@TempDir Path tmp) {
    assertIncrementalEqualsFull(tmp, b -> b.write("org.example.HealthResource",
        sample("HealthResource").replace("@CrossOrigin\n", "@CrossOrigin(maxAge = 60)\n")),
        "org.example.HealthResource");
  }

  @Test
  void deletedResourceIsDroppedWhateverIsRecompiled(@TempDir Path tmp) {
    DiskBuild build = assertIncrementalEqualsFull(tmp, b -> b.delete("org.example.HealthResource"),
        "org.example.PartnersResource");
    assertFalse(build.output("META-INF/cors-routes.json").contains("/api/health"));
  }

  @Test
  void classNoLongerAResourceIsDropped(@TempDir Path tmp) {
    DiskBuild build = assertIncrementalEqualsFull(tmp, b -> b.write("org.example.HealthResource",
        "package org.example;\n\npublic class HealthResource {}\n"),
        "org.example.HealthResource");
    assertFalse(build.output("META-INF/services/org.corsroutes.runtime.CorsRouteTable")
        .contains("HealthResource"));
  }
}
