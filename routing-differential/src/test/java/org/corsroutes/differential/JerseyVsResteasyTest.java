package org.corsroutes.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.corsroutes.differential.compare.Cause;
import org.corsroutes.differential.compare.Classifier;
import org.corsroutes.differential.compare.Comparison;
import org.corsroutes.differential.compare.Minimizer;
import org.corsroutes.differential.compare.Report;
import org.junit.jupiter.api.Test;

/**
 * Where Jersey and RESTEasy route the same request differently, and why: what a preflight
 * router cannot get right for both at once. Every disagreement must have a known cause, so a
 * new kind (after an upgrade of either) fails here with its minimal example; the full report,
 * with minimal examples of every cause, is written to
 * {@code target/routing-differential/jersey-vs-resteasy.md}.
 */
class JerseyVsResteasyTest {
  static final int EXAMPLES_PER_CAUSE = 2;

  @Test
  void everyDisagreementHasAKnownCause() {
    DifferentialRun run = DifferentialRun.shared();
    Comparison comparison = new Comparison(run, Side.JERSEY, Side.RESTEASY);
    long t = System.nanoTime();
    Map<Cause, Classifier.Finding> findings =
        new Classifier(comparison, run.workDir, EXAMPLES_PER_CAUSE).classify();
    Path report = Report.write(run.workDir.resolve("jersey-vs-resteasy.md"),
        Report.causes(comparison, findings));
    StringBuilder summary = new StringBuilder(String.format(
        "%s vs %s: %d of %d requests disagree, classified in %d ms (JVM CPU time so far %d"
            + " ms); report: %s%n",
        Side.JERSEY.label(), Side.RESTEASY.label(), comparison.disagreements.size(),
        comparison.compared, (System.nanoTime() - t) / 1_000_000, DifferentialRun.cpuMillis(),
        report));
    findings.forEach((cause, f) -> summary.append(String.format("  %5d  %s%n",
        f.disagreements().size(), cause.title)));
    System.out.print(summary);

    Classifier.Finding unknown = findings.get(Cause.UNCLASSIFIED);
    assertTrue(unknown == null, () -> {
      StringBuilder why = new StringBuilder(unknown.disagreements().size()
          + " disagreements have no known cause; minimal examples:\n");
      for (Minimizer.Example e : unknown.examples()) {
        why.append(Report.example(e, comparison, true));
      }
      return why.toString();
    });
  }
}
