package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md lists every diagnostic id, as a table row ({@code | `CorsX` |}) or a
 * heading, and no id the processor does not have: the page users read stays in step with the
 * enum.
 */
class DiagnosticsDocTest {
  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`(Cors\\w+)`\\s*\\|");
  private static final Pattern HEADING = Pattern.compile("^#+\\s+`?(Cors\\w+)`?\\s*$");

  @Test
  void everyIdIsDocumentedAndNoOtherId() throws IOException {
    Set<String> documented = new TreeSet<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      for (Pattern p : new Pattern[] {ROW, HEADING}) {
        Matcher m = p.matcher(line);
        if (m.find()) {
          documented.add(m.group(1));
        }
      }
    }
    Set<String> ids = Arrays.stream(Diagnostic.values()).map(Diagnostic::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(ids);
    missing.removeAll(documented);
    Set<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(ids);
    assertEquals(Set.of(), missing, "ids missing from " + DOC);
    assertEquals(Set.of(), unknown, "ids in " + DOC + " that the processor does not have");
  }

  @Test
  void everyOptionIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String option : ProcessorOptions.names()) {
      org.junit.jupiter.api.Assertions.assertTrue(doc.contains("`-A" + option + "`"),
          option + " missing from " + DOC);
    }
  }
}
