package org.corsroutes.differential;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corsroutes.differential.compare.PathFeature;
import org.corsroutes.differential.compile.SetCompiler;
import org.corsroutes.differential.corpus.CorpusGenerator;
import org.corsroutes.differential.corpus.Request;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.differential.predict.PluggedPredictor;
import org.corsroutes.differential.predict.RoutePredictor;
import org.corsroutes.differential.truth.Answer;

/**
 * The corpus, compiled once with the processor, and every request of it answered by Jersey,
 * RESTEasy and (when one is plugged in) the predictor. Computed once per test JVM and shared by
 * the tests, which judge it in different ways.
 */
public final class DifferentialRun {
  static final long DEFAULT_SEED = 20250611L;
  /**
   * Enough for every tricky shape many times over ({@code CorpusTest} checks they are there) in
   * under a minute of a plain {@code mvn verify}; CI runs 1,000 sets on one JDK.
   */
  static final int DEFAULT_SETS = 300;
  /** Jersey is also deployed in reverse order for every this-many sets, to prove it ignores order. */
  static final int JERSEY_ORDER_CHECK_EVERY = 10;

  private static DifferentialRun shared;

  /**
   * What to run: {@code -Ddifferential.seed}, {@code -Ddifferential.sets}, {@code
   * -Ddifferential.set} (one set of the corpus, e.g. s0042) and {@code -Ddifferential.threads}.
   */
  public record Settings(long seed, int sets, String only, int threads) {
    static Settings fromSystemProperties() {
      return new Settings(Long.getLong("differential.seed", DEFAULT_SEED),
          Integer.getInteger("differential.sets", DEFAULT_SETS),
          System.getProperty("differential.set", ""),
          Integer.getInteger("differential.threads",
              Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** The Maven arguments that replay this run, or one set of it. */
    public String replay(String setId) {
      return "-Ddifferential.seed=" + seed + " -Ddifferential.sets=" + sets
          + (setId == null ? "" : " -Ddifferential.set=" + setId);
    }
  }

  /**
   * Where one request went on every side. {@code resteasyReversed} and {@code jerseyReversed}
   * are the answers with the registration order reversed, null where not asked.
   */
  public record Outcome(Request request, Answer jersey, Answer resteasy, Answer resteasyReversed,
      Answer jerseyReversed, Answer predicted, Map<PathFeature, Outcome> without) {

    public Answer of(Side side) {
      return switch (side) {
        case JERSEY -> jersey;
        case RESTEASY -> resteasy;
        case PREDICTOR -> predicted;
      };
    }

    /** The answer with the order reversed, where that differs: the side picked arbitrarily. */
    public Answer alternative(Side side) {
      Answer reversed = side == Side.RESTEASY ? resteasyReversed
          : side == Side.JERSEY ? jerseyReversed : null;
      return reversed == null || reversed.text().equals(of(side).text()) ? null : reversed;
    }
  }

  /** One set, where its classes are, and the outcome of each of its requests. */
  public record SetRun(CorpusGenerator.Generated generated, Path classes, List<Outcome> outcomes) {
    public String id() {
      return generated.set().id();
    }
  }

  public final Settings settings;
  public final RoutePredictor predictor;
  public final List<SetRun> sets = new ArrayList<>();
  public final Map<String, String> dropped;
  public final Path workDir;
  /** Time spent per side (deploying and asking), summed over threads. */
  public final Map<Side, Long> nanos = new EnumMap<>(Side.class);
  public final long generateNanos;
  public final long compileNanos;
  public final long answerNanos;

  public static synchronized DifferentialRun shared() {
    if (shared == null) {
      shared = new DifferentialRun(Settings.fromSystemProperties(), PluggedPredictor.get(),
          Path.of(System.getProperty("basedir", "."), "target", "routing-differential"));
      System.out.println(shared.summary());
    }
    return shared;
  }

  DifferentialRun(Settings settings, RoutePredictor predictor, Path workDir) {
    this.settings = settings;
    this.predictor = predictor;
    this.workDir = workDir;
    for (Side side : Side.values()) {
      nanos.put(side, 0L);
    }
    long t0 = System.nanoTime();
    CorpusGenerator generator = new CorpusGenerator(settings.seed());
    List<CorpusGenerator.Generated> corpus = new ArrayList<>();
    for (int i = 0; i < settings.sets(); i++) {
      CorpusGenerator.Generated g = generator.set(i);
      if (settings.only().isEmpty() || settings.only().equals(g.set().id())) {
        corpus.add(g);
      }
    }
    long t1 = System.nanoTime();
    SetCompiler.Result compiled = SetCompiler.compile(
        corpus.stream().map(CorpusGenerator.Generated::set).toList(), workDir.resolve("corpus"));
    long t2 = System.nanoTime();
    this.dropped = compiled.dropped();
    List<CorpusGenerator.Generated> kept = corpus.stream()
        .filter(g -> compiled.directories().containsKey(g.set().id())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
    try {
      List<Future<SetRun>> futures = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        CorpusGenerator.Generated g = kept.get(i);
        boolean checkJerseyOrder = i % JERSEY_ORDER_CHECK_EVERY == 0;
        futures.add(pool.submit(() -> answer(g, compiled.directories().get(g.set().id()),
            checkJerseyOrder)));
      }
      for (Future<SetRun> f : futures) {
        sets.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    this.generateNanos = t1 - t0;
    this.compileNanos = t2 - t1;
    this.answerNanos = System.nanoTime() - t2;
  }

  private SetRun answer(CorpusGenerator.Generated g, Path classes, boolean checkJerseyOrder) {
    // Each request, and each of its variants without one path feature, asked once per side:
    // where the sides agree on a variant, that feature is what they disagree about.
    List<Request> asked = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (Request r : g.requests()) {
      add(asked, index, r);
      for (PathFeature f : PathFeature.of(r.rawPath())) {
        add(asked, index, without(r, f));
      }
    }
    try {
      List<Answer> jersey = ask(Side.JERSEY, g.set(), asked, classes, false);
      List<Answer> jerseyReversed =
          checkJerseyOrder ? ask(Side.JERSEY, g.set(), asked, classes, true) : null;
      List<Answer> resteasy = ask(Side.RESTEASY, g.set(), asked, classes, false);
      List<Answer> resteasyReversed = ask(Side.RESTEASY, g.set(), asked, classes, true);
      List<Answer> predicted =
          predictor != null ? ask(Side.PREDICTOR, g.set(), asked, classes, false) : null;
      List<Outcome> outcomes = new ArrayList<>();
      for (Request r : g.requests()) {
        Map<PathFeature, Outcome> variants = new EnumMap<>(PathFeature.class);
        for (PathFeature f : PathFeature.of(r.rawPath())) {
          Request v = without(r, f);
          variants.put(f, outcome(v, index.get(key(v)), jersey, resteasy, resteasyReversed,
              jerseyReversed, predicted, Map.of()));
        }
        outcomes.add(outcome(r, index.get(key(r)), jersey, resteasy, resteasyReversed,
            jerseyReversed, predicted, variants));
      }
      return new SetRun(g, classes, outcomes);
    } catch (RuntimeException e) {
      throw new IllegalStateException("set " + g.set().id() + " (replay: "
          + settings.replay(g.set().id()) + ")\n" + g.set().describe(), e);
    }
  }

  private static Outcome outcome(Request r, int i, List<Answer> jersey, List<Answer> resteasy,
      List<Answer> resteasyReversed, List<Answer> jerseyReversed, List<Answer> predicted,
      Map<PathFeature, Outcome> variants) {
    return new Outcome(r, jersey.get(i), resteasy.get(i), resteasyReversed.get(i),
        jerseyReversed == null ? null : jerseyReversed.get(i),
        predicted == null ? null : predicted.get(i), variants);
  }

  static Request without(Request r, PathFeature f) {
    return new Request(r.method(), f.remove(r.rawPath()), r.how() + "; without " + f.name());
  }

  private static String key(Request r) {
    return r.method() + " " + r.rawPath();
  }

  private static void add(List<Request> asked, Map<String, Integer> index, Request r) {
    if (index.putIfAbsent(key(r), asked.size()) == null) {
      asked.add(r);
    }
  }

  private List<Answer> ask(Side side, ResourceSet set, List<Request> requests, Path classes,
      boolean reversed) {
    long t = System.nanoTime();
    List<Answer> out = new ArrayList<>();
    try (Side.Deployment d = side.deploy(classes, set, reversed, predictor)) {
      for (Request r : requests) {
        out.add(d.ask(r));
      }
    }
    synchronized (nanos) {
      nanos.merge(side, System.nanoTime() - t, Long::sum);
    }
    return out;
  }

  /**
   * CPU time this JVM has used so far, all threads: on a shared machine the wall-clock times
   * above depend on the neighbours, this does not.
   */
  public static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }

  public int requestCount() {
    return sets.stream().mapToInt(s -> s.outcomes().size()).sum();
  }

  public String summary() {
    int classes = sets.stream().mapToInt(s -> s.generated().set().classes().size()).sum();
    int roots = sets.stream().mapToInt(s -> s.generated().set().roots().size()).sum();
    int members = sets.stream().mapToInt(s -> s.generated().set().memberCount()).sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format("Routing differential: seed %d (%s), %d sets (%d dropped), %d"
            + " classes (%d roots), %d methods and locators, %d requests%n",
        settings.seed(), settings.replay(null), sets.size(), dropped.size(), classes, roots,
        members, requestCount()));
    out.append(String.format("  generate %d ms, compile with the processor %d ms, answer %d ms"
            + " on %d thread(s): %s %d ms, %s %d ms (both orders)%s%n",
        generateNanos / 1_000_000, compileNanos / 1_000_000, answerNanos / 1_000_000,
        settings.threads(), Side.JERSEY.label(), nanos.get(Side.JERSEY) / 1_000_000,
        Side.RESTEASY.label(), nanos.get(Side.RESTEASY) / 1_000_000,
        predictor == null ? ", no predictor plugged in"
            : ", predictor " + nanos.get(Side.PREDICTOR) / 1_000_000 + " ms"));
    out.append(String.format("  JVM CPU time so far %d ms%n", cpuMillis()));
    dropped.forEach((id, why) -> out.append("  dropped ").append(id).append(": ").append(why)
        .append('\n'));
    return out.toString();
  }
}
