package org.corsroutes.differential.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corsroutes.differential.DifferentialRun;
import org.corsroutes.differential.Side;
import org.corsroutes.differential.truth.Answer;

/** Readable reports of a comparison: each case as its templates, the request, both answers. */
public final class Report {
  private Report() {}

  /** Jersey against RESTEasy, by cause, each with its minimal examples. */
  public static String causes(Comparison c, Map<Cause, Classifier.Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(c.a.label()).append(" vs ").append(c.b.label())
        .append(": where they route a request differently\n\n");
    out.append(header(c));
    out.append("| cause | requests |\n|---|---|\n");
    findings.forEach((cause, f) -> out.append("| ").append(cause.title).append(" | ")
        .append(f.disagreements().size()).append(" |\n"));
    for (Classifier.Finding f : findings.values()) {
      out.append("\n## ").append(f.cause().title).append(" (").append(f.cause().name())
          .append(", ").append(f.disagreements().size()).append(" requests)\n\n")
          .append(f.cause().rule).append("\n\n").append(f.cause().why()).append("\n");
      for (Minimizer.Example e : distinct(f.examples())) {
        out.append('\n').append(example(e, c, true));
      }
    }
    return out.toString();
  }

  /** The cases where the predictor and an implementation disagree, minimized. */
  public static String mismatches(Comparison c, List<Minimizer.Example> examples) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(c.a.label()).append(" vs ").append(c.b.label()).append("\n\n");
    out.append(header(c));
    for (Minimizer.Example e : distinct(examples)) {
      out.append('\n').append(example(e, c, c.b == Side.RESTEASY));
    }
    return out.toString();
  }

  /** Examples that minimized to the same set and request are shown once. */
  static List<Minimizer.Example> distinct(List<Minimizer.Example> examples) {
    Map<String, Minimizer.Example> out = new java.util.LinkedHashMap<>();
    for (Minimizer.Example e : examples) {
      out.putIfAbsent(e.set().renamed("x").describe() + e.request(), e);
    }
    return List.copyOf(out.values());
  }

  private static String header(Comparison c) {
    DifferentialRun run = c.run;
    return String.format("%d requests compared in %d sets (seed %d, replay with %s);"
            + " %d disagree (%.1f%%)%s.%n%n", c.compared, run.sets.size(), run.settings.seed(),
        run.settings.replay(null), c.disagreements.size(),
        100.0 * c.disagreements.size() / Math.max(1, c.compared),
        c.acceptedTies == 0 ? "" : "; " + c.acceptedTies + " more where the implementation's"
            + " answer depends on its registration order and the predictor gave one of them");
  }

  /** A minimal example: the set, the request, each side's answer, where it was found. */
  public static String example(Minimizer.Example e, Comparison c, boolean showReversedResteasy) {
    StringBuilder out = new StringBuilder("```\n");
    out.append(e.set().describe());
    out.append(e.request()).append('\n');
    out.append(String.format("  %-22s %s%n", c.a.label() + ":", local(e.a())));
    out.append(String.format("  %-22s %s%n", c.b.label() + ":", local(e.b())));
    if (showReversedResteasy && e.classes() != null) {
      try (Side.Deployment d = Side.RESTEASY.deploy(e.classes(), e.set(), true, null)) {
        Answer reversed = d.ask(e.request());
        if (!reversed.local().equals(e.b().local())) {
          out.append(String.format("  %-22s %s%n", "(RESTEasy, reversed):", local(reversed)));
        }
      }
    }
    out.append("```\nFound as ").append(e.original().request()).append(" [")
        .append(e.original().request().how()).append("] in set ")
        .append(e.original().set().id()).append(": replay with ")
        .append(c.run.settings.replay(e.original().set().id())).append("\n");
    return out.toString();
  }

  private static String local(Answer a) {
    String via = a.via().isEmpty() ? "" : " (via " + String.join(", ",
        a.via().stream().map(v -> v.substring(v.lastIndexOf('.', v.indexOf('#')) + 1))
            .toList()) + ")";
    return a.local() + via;
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
