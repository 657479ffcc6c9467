package org.corsroutes.differential.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corsroutes.differential.Side;
import org.corsroutes.differential.compile.SetCompiler;
import org.corsroutes.differential.corpus.Member;
import org.corsroutes.differential.corpus.Request;
import org.corsroutes.differential.corpus.ResourceClass;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.differential.predict.RoutePredictor;
import org.corsroutes.differential.truth.Answer;

/**
 * Shrinks a disagreement to the smallest set and the plainest request that still give both
 * sides exactly the same two answers: first the request loses the path features that do not
 * matter (matrix parameters, encodings, slashes), then the set loses roots and members, in
 * rounds. Each round compiles every candidate of every case in one javac task, and asks the
 * cheaper side (RESTEasy) first, so Jersey boots only for candidates that can still count.
 */
public final class Minimizer {
  private static final int MAX_ROUNDS = 12;

  /** A disagreement: the set (compiled in {@code classes}), the request, both answers. */
  public record Case(ResourceSet set, Path classes, Request request, Answer a, Answer b) {}

  /**
   * The smallest example found for a case, with the same two answers, and where it is compiled.
   */
  public record Example(Case original, ResourceSet set, Path classes, Request request, Answer a,
      Answer b) {}

  private final Side sideA;
  private final Side sideB;
  private final RoutePredictor predictor;
  private final Path workDir;
  private int batches;

  public Minimizer(Side sideA, Side sideB, RoutePredictor predictor, Path workDir) {
    this.sideA = sideA;
    this.sideB = sideB;
    this.predictor = predictor;
    this.workDir = workDir;
  }

  public List<Example> minimize(List<Case> cases) {
    List<State> states = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      states.add(new State(i, cases.get(i)));
    }
    for (State s : states) {
      simplifyRequest(s);
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<State> active = states.stream().filter(s -> !s.done).toList();
      if (active.isEmpty()) {
        break;
      }
      // Singles: each candidate drops one root or one member.
      Map<String, Candidate> singles = new LinkedHashMap<>();
      for (State s : active) {
        int k = 0;
        for (Removal r : removals(s.set)) {
          ResourceSet reduced = r.apply(s.set);
          if (reduced != null) {
            String id = "m" + s.index + "r" + round + "c" + k++;
            singles.put(id, new Candidate(s, List.of(r), reduced.renamed(id)));
          }
        }
      }
      Map<String, Path> dirs = compile(singles.values());
      Map<State, List<Candidate>> kept = new LinkedHashMap<>();
      for (Candidate c : singles.values()) {
        Path dir = dirs.get(c.set.id());
        if (dir != null && c.state.preserved(c.set, dir, c.state.request)) {
          kept.computeIfAbsent(c.state, x -> new ArrayList<>()).add(c.withDir(dir));
        }
      }
      // Then all the removals that kept the answers, together.
      Map<String, Candidate> combos = new LinkedHashMap<>();
      for (State s : active) {
        List<Candidate> ok = kept.getOrDefault(s, List.of());
        if (ok.isEmpty()) {
          s.done = true;
          continue;
        }
        if (ok.size() > 1) {
          ResourceSet all = s.set;
          List<Removal> applied = new ArrayList<>();
          for (Candidate c : ok) {
            ResourceSet next = c.removals.get(0).apply(all);
            if (next != null) {
              all = next;
              applied.add(c.removals.get(0));
            }
          }
          if (applied.size() > 1) {
            String id = "m" + s.index + "r" + round + "all";
            combos.put(id, new Candidate(s, applied, all.renamed(id)));
          }
        }
      }
      Map<String, Path> comboDirs = compile(combos.values());
      for (State s : active) {
        if (s.done) {
          continue;
        }
        Candidate best = null;
        for (Candidate c : combos.values()) {
          Path dir = comboDirs.get(c.set.id());
          if (c.state == s && dir != null && s.preserved(c.set, dir, s.request)) {
            best = c.withDir(dir);
          }
        }
        if (best == null) {
          for (Candidate c : kept.get(s)) {
            if (best == null || c.set.memberCount() < best.set.memberCount()) {
              best = c;
            }
          }
        }
        s.set = best.set;
        s.classes = best.dir;
      }
    }
    List<Example> out = new ArrayList<>();
    for (State s : states) {
      out.add(new Example(s.original, s.set, s.classes, s.request, s.original.a(),
          s.original.b()));
    }
    return out;
  }

  /** Takes away each path feature whose absence leaves both answers as they were. */
  private void simplifyRequest(State s) {
    for (PathFeature f : PathFeature.values()) {
      if (f.in(s.request.rawPath())) {
        Request plainer = new Request(s.request.method(), f.remove(s.request.rawPath()),
            s.request.how() + "; without " + f.description());
        if (s.preserved(s.set, s.classes, plainer)) {
          s.request = plainer;
        }
      }
    }
  }

  private Map<String, Path> compile(java.util.Collection<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return Map.of();
    }
    boolean tablesRead = sideA == Side.PREDICTOR || sideB == Side.PREDICTOR;
    return SetCompiler.compile(candidates.stream().map(c -> c.set).toList(),
        workDir.resolve("batch-" + batches++), tablesRead).directories();
  }

  private static List<Removal> removals(ResourceSet set) {
    List<Removal> out = new ArrayList<>();
    if (set.roots().size() > 1) {
      for (ResourceClass root : set.roots()) {
        out.add(new Removal(root.name(), null));
      }
    }
    for (ResourceClass c : set.classes()) {
      for (Member m : c.members()) {
        out.add(new Removal(c.name(), m.name()));
      }
    }
    return out;
  }

  /** Drops a root class (member null) or one member of a class. */
  private record Removal(String className, String member) {
    ResourceSet apply(ResourceSet set) {
      boolean present = set.classes().stream().anyMatch(c -> c.name().equals(className)
          && (member == null || c.members().stream().anyMatch(m -> m.name().equals(member))));
      if (!present) {
        return null;
      }
      return member == null ? set.withoutRoot(className) : set.withoutMember(className, member);
    }
  }

  private record Candidate(State state, List<Removal> removals, ResourceSet set, Path dir) {
    Candidate(State state, List<Removal> removals, ResourceSet set) {
      this(state, removals, set, null);
    }

    Candidate withDir(Path d) {
      return new Candidate(state, removals, set, d);
    }
  }

  private final class State {
    final int index;
    final Case original;
    ResourceSet set;
    Path classes;
    Request request;
    boolean done;

    State(int index, Case original) {
      this.index = index;
      this.original = original;
      this.set = original.set();
      this.classes = original.classes();
      this.request = original.request();
    }

    /** Whether both sides still give the original answers (package names aside). */
    boolean preserved(ResourceSet candidate, Path dir, Request r) {
      return same(sideB, candidate, dir, r, original.b())
          && same(sideA, candidate, dir, r, original.a());
    }

    private boolean same(Side side, ResourceSet candidate, Path dir, Request r, Answer expected) {
      try (Side.Deployment d = side.deploy(dir, candidate, false, predictor)) {
        return d.ask(r).local().equals(expected.local());
      }
    }
  }
}
