package org.corsroutes.differential.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.corsroutes.differential.DifferentialRun;
import org.corsroutes.differential.DifferentialRun.Outcome;
import org.corsroutes.differential.DifferentialRun.SetRun;
import org.corsroutes.differential.Side;
import org.corsroutes.differential.truth.Answer;

/** Where two sides of a run answer a request differently. */
public final class Comparison {

  /** One request two sides answer differently. */
  public record Disagreement(SetRun set, Outcome outcome) {
    public Answer a(Side side) {
      return outcome.of(side);
    }
  }

  public final DifferentialRun run;
  public final Side a;
  public final Side b;
  public final List<Disagreement> disagreements = new ArrayList<>();
  /** Requests where {@code b} picks arbitrarily (its answer changes with the order) and a matches one. */
  public int acceptedTies;
  public int compared;

  public Comparison(DifferentialRun run, Side a, Side b) {
    this(run, a, b, o -> true);
  }

  /** Compares only the outcomes in {@code scope}. */
  public Comparison(DifferentialRun run, Side a, Side b, Predicate<Outcome> scope) {
    this.run = run;
    this.a = a;
    this.b = b;
    for (SetRun set : run.sets) {
      for (Outcome o : set.outcomes()) {
        if (!scope.test(o)) {
          continue;
        }
        compared++;
        if (!agree(o, a, b)) {
          disagreements.add(new Disagreement(set, o));
        } else if (!same(o.of(a), o.of(b), a, b)) {
          acceptedTies++;
        }
      }
    }
  }

  /**
   * Whether the two sides agree on an outcome. Two implementations agree when they give the
   * same method or the same status. The predictor agrees with an implementation when it names
   * the method that ran, or null where none ran; where the implementation's answer depends on
   * the order it registered the set in, either of its answers counts.
   */
  public static boolean agree(Outcome o, Side a, Side b) {
    if (same(o.of(a), o.of(b), a, b)) {
      return true;
    }
    if (a == Side.PREDICTOR || b == Side.PREDICTOR) {
      Side truth = a == Side.PREDICTOR ? b : a;
      Answer alternative = o.alternative(truth);
      return alternative != null && same(o.predicted(), alternative, Side.PREDICTOR, truth);
    }
    return false;
  }

  private static boolean same(Answer x, Answer y, Side a, Side b) {
    if (a == Side.PREDICTOR || b == Side.PREDICTOR) {
      return x.reached() ? y.reached() && x.method().equals(y.method()) : !y.reached();
    }
    return x.text().equals(y.text());
  }

  /** Disagreements grouped by a key, each group in corpus order. */
  public Map<String, List<Disagreement>> groupBy(
      java.util.function.Function<Disagreement, String> key) {
    Map<String, List<Disagreement>> out = new LinkedHashMap<>();
    for (Disagreement d : disagreements) {
      out.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d);
    }
    return out;
  }
}
