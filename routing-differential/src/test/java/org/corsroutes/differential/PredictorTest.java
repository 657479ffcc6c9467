package org.corsroutes.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corsroutes.differential.compare.Comparison;
import org.corsroutes.differential.compare.Minimizer;
import org.corsroutes.differential.compare.Report;
import org.corsroutes.differential.predict.PluggedPredictor;
import org.corsroutes.differential.truth.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The predictor plugged in at {@link PluggedPredictor} against the truth. Where Jersey and
 * RESTEasy agree it must agree with both. Where they differ no single answer can match both
 * (see {@link JerseyVsResteasyTest}), so the comparison with each one is reported, and fails
 * only for the implementations named in {@code -Ddifferential.strict=jersey,resteasy}.
 * Mismatches are minimized and written to {@code target/routing-differential/}.
 */
class PredictorTest {
  static final int EXAMPLES = 8;

  @Test
  void agreesWhereJerseyAndResteasyAgree() {
    DifferentialRun run = predictorRun();
    Comparison consensus = new Comparison(run, Side.PREDICTOR, Side.JERSEY,
        o -> sameForAPredictor(o.jersey(), o.resteasy()));
    judge(consensus, "predictor-vs-consensus.md", true);
  }

  @ParameterizedTest
  @EnumSource(value = Side.class, names = {"JERSEY", "RESTEASY"})
  void agreesWith(Side implementation) {
    DifferentialRun run = predictorRun();
    Set<String> strict = Stream.of(System.getProperty("differential.strict", "").split(","))
        .map(String::strip).map(String::toUpperCase).collect(Collectors.toSet());
    judge(new Comparison(run, Side.PREDICTOR, implementation),
        "predictor-vs-" + implementation.name().toLowerCase() + ".md",
        strict.contains(implementation.name()));
  }

  private static DifferentialRun predictorRun() {
    assumeTrue(PluggedPredictor.get() != null, "no predictor plugged in: set"
        + " PluggedPredictor.PREDICTOR, or -Ddifferential.predictor=<class>");
    return DifferentialRun.shared();
  }

  /** Both name the same method, or neither names one (404 and 405 are both null). */
  private static boolean sameForAPredictor(Answer x, Answer y) {
    return x.reached() ? y.reached() && x.method().equals(y.method()) : !y.reached();
  }

  private static void judge(Comparison c, String reportName, boolean strict) {
    List<Comparison.Disagreement> cases =
        c.disagreements.subList(0, Math.min(EXAMPLES, c.disagreements.size()));
    String text = "";
    if (!cases.isEmpty()) {
      List<Minimizer.Example> examples =
          new Minimizer(c.a, c.b, c.run.predictor, c.run.workDir.resolve("minimize-predictor"))
              .minimize(cases.stream().map(d -> new Minimizer.Case(d.set().generated().set(),
                  d.set().classes(), d.outcome().request(), d.a(c.a), d.a(c.b))).toList());
      text = Report.mismatches(c, examples);
    }
    Path file = Report.write(c.run.workDir.resolve(reportName),
        text.isEmpty() ? "No disagreement in " + c.compared + " requests.\n" : text);
    System.out.printf("%s vs %s: %d of %d requests disagree%s%n", c.a.label(), c.b.label(),
        c.disagreements.size(), c.compared, cases.isEmpty() ? "" : "; report: " + file);
    if (strict) {
      String shown = text;
      assertEquals(0, c.disagreements.size(), () -> shown);
    }
  }
}
