package org.corsroutes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/cors-routes.schema.json (JSON Schema draft 2020-12) documents every field of the route
 * report: the sample API's report and the processor's golden report validate against it, and
 * it refuses what the processor never writes.
 */
class RouteReportSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "cors-routes.schema.json");
  private static final Path GOLDEN =
      Path.of("..", "cors-processor", "src", "test", "resources", "golden", "cors-routes.json");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA_OF_REPORTS = schema();

  private static Schema schema() {
    try {
      return REGISTRY.getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + SCHEMA, e);
    }
  }

  private static List<Error> errors(String report) {
    return SCHEMA_OF_REPORTS.validate(report, InputFormat.JSON);
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    Schema metaSchema = REGISTRY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), metaSchema.validate(Files.readString(SCHEMA, StandardCharsets.UTF_8),
        InputFormat.JSON));
  }

  @Test
  void theSampleApisReportValidates() {
    String report = SampleServer.routeReport();
    assertTrue(report.contains("\"routes\": [\n"), report);
    assertEquals(List.of(), errors(report), report);
  }

  @Test
  void theProcessorsGoldenReportValidates() throws IOException {
    String report = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertTrue(report.contains("\"allowHeaders\": null") && report.contains("\"declaredAt\": \"")
        && report.contains("\"allowOrigin\": \"*\""), "a report with each kind of value");
    assertEquals(List.of(), errors(report), report);
  }

  /** An entry of the golden report, for the cases below to spoil one field at a time. */
  private static String entry() throws IOException {
    String report = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    return report.lines().filter(l -> l.contains("\"method\": \"DELETE\"")
        && l.contains("(@AdminCors)")).findFirst().orElseThrow().trim().replaceAll(",$", "");
  }

  private static void assertRefused(String entry, String why) {
    List<Error> errors = errors("{\"routes\": [" + entry + "]}");
    assertFalse(errors.isEmpty(), why + ": " + entry);
  }

  @Test
  void theSchemaRefusesWhatTheProcessorNeverWrites() throws IOException {
    String entry = entry();
    assertEquals(List.of(), errors("{\"routes\": [" + entry + "]}"), entry);
    assertRefused(entry.replace("\"allowHeadersEchoesRequest\": true",
        "\"allowHeadersEchoesRequest\": false"), "null allowHeaders means the request is echoed");
    assertRefused(entry.replace("\"maxAge\": 600", "\"maxAge\": -2"), "maxAge below -1");
    assertRefused(entry.replace("\"vary\": \"Origin\"", "\"vary\": null"),
        "an origin-dependent answer varies on Origin");
    assertRefused(entry.replace("\"allowOrigin\": \"the request origin\"",
        "\"allowOrigin\": \"https://admin.example.com\""), "allowOrigin is * or the request origin");
    assertRefused(entry.replace("\"allowMethods\": \"DELETE\"", "\"allowMethods\": \"DELETE,PUT\""),
        "header lists are joined with \", \"");
    assertRefused(entry.substring(0, entry.length() - 1) + ", \"undocumented\": 1}",
        "a field the schema does not document");
    assertRefused(entry.replaceAll("\"declaredAt\": \"[^\"]*\"", "\"declaredAt\": \"/abs/X.java\""),
        "declaredAt is a file and a line");
  }
}
