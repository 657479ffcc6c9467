package org.corsroutes.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The Chromium messages docs/troubleshooting.md quotes, read from the doc itself. */
final class TroubleshootingDoc {
  static final Path PATH = Path.of("..", "docs", "troubleshooting.md");
  private static final String MARKER = "<!-- chromium -->";

  private TroubleshootingDoc() {}

  /** The first line of the fenced block after each {@code <!-- chromium -->} marker. */
  static Set<String> chromiumMessages() throws IOException {
    List<String> lines = Files.readAllLines(PATH, StandardCharsets.UTF_8);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(MARKER)) {
        if (i + 2 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
          throw new AssertionError(PATH + ":" + (i + 1) + ": " + MARKER
              + " must be followed by a fenced block holding the message on one line");
        }
        out.add(lines.get(i + 2));
      }
    }
    return out;
  }
}
