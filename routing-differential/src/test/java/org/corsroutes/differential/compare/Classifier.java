package org.corsroutes.differential.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.corsroutes.differential.DifferentialRun.Outcome;
import org.corsroutes.differential.DifferentialRun.SetRun;
import org.corsroutes.differential.Side;
import org.corsroutes.differential.compare.Comparison.Disagreement;
import org.corsroutes.differential.compile.SetCompiler;
import org.corsroutes.differential.corpus.CorpusGenerator;
import org.corsroutes.differential.corpus.Member;
import org.corsroutes.differential.corpus.Request;
import org.corsroutes.differential.corpus.ResourceClass;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.differential.corpus.Template;
import org.corsroutes.differential.truth.Answer;

/**
 * Sorts the disagreements between Jersey and RESTEasy into {@link Cause}s. A request whose
 * disagreement disappears without one path feature, or when RESTEasy registers the set in the
 * opposite order, is classified at once. For the others, rewritten copies of the set each take
 * one mechanism away (trailing slashes in {@code @Path}, {@code @Path("/")} on methods, root
 * classes without sub-resources): the first copy on which both agree names the cause; where
 * none does, rules on the set do. A few disagreements of each cause are then minimized, to show.
 */
public final class Classifier {
  /** A cause, every disagreement it explains, and minimal examples of it. */
  public record Finding(Cause cause, List<Disagreement> disagreements,
      List<Minimizer.Example> examples) {}

  private final Comparison comparison;
  private final Path workDir;
  private final int examplesPerCause;

  public Classifier(Comparison comparison, Path workDir, int examplesPerCause) {
    if (comparison.a != Side.JERSEY || comparison.b != Side.RESTEASY) {
      throw new IllegalArgumentException("classifies Jersey against RESTEasy");
    }
    this.comparison = comparison;
    this.workDir = workDir;
    this.examplesPerCause = examplesPerCause;
  }

  public Map<Cause, Finding> classify() {
    Map<Cause, List<Disagreement>> byCause = new EnumMap<>(Cause.class);
    List<Disagreement> structural = new ArrayList<>();
    for (Disagreement d : comparison.disagreements) {
      Cause quick = quickCause(d.outcome());
      if (quick != null) {
        byCause.computeIfAbsent(quick, c -> new ArrayList<>()).add(d);
      } else {
        structural.add(d);
      }
    }
    Map<Disagreement, Cause> judged = judge(structural);
    // Where one mechanism hides another in the full set, its minimal example shows one alone.
    List<Disagreement> unknown = structural.stream()
        .filter(d -> judged.get(d) == Cause.UNCLASSIFIED).toList();
    if (!unknown.isEmpty()) {
      List<Minimizer.Example> minimal =
          new Minimizer(Side.JERSEY, Side.RESTEASY, null, workDir.resolve("minimize-unknown"))
              .minimize(unknown.stream().map(Classifier::caseOf).toList());
      List<Disagreement> small = new ArrayList<>();
      for (int i = 0; i < unknown.size(); i++) {
        small.add(new Disagreement(minimalRun(minimal.get(i)), minimalOutcome(minimal.get(i))));
      }
      Map<Disagreement, Cause> again = judge(small);
      for (int i = 0; i < unknown.size(); i++) {
        Cause feature = featureCause(minimal.get(i));
        judged.put(unknown.get(i), feature != null ? feature : again.get(small.get(i)));
      }
    }
    for (Disagreement d : structural) {
      byCause.computeIfAbsent(judged.get(d), c -> new ArrayList<>()).add(d);
    }
    // A few of each cause minimized, all together, as its examples.
    List<Minimizer.Case> cases = new ArrayList<>();
    List<Cause> causeOfCase = new ArrayList<>();
    byCause.forEach((cause, list) -> {
      for (Disagreement d : list.subList(0, Math.min(examplesPerCause, list.size()))) {
        cases.add(caseOf(d));
        causeOfCase.add(cause);
      }
    });
    List<Minimizer.Example> examples =
        new Minimizer(Side.JERSEY, Side.RESTEASY, null, workDir.resolve("minimize"))
            .minimize(cases);
    Map<Cause, Finding> out = new EnumMap<>(Cause.class);
    byCause.forEach((cause, list) -> {
      List<Minimizer.Example> mine = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (causeOfCase.get(i) == cause) {
          mine.add(examples.get(i));
        }
      }
      mine.sort(Comparator.comparingInt(e -> e.set().memberCount()));
      out.put(cause, new Finding(cause, list, mine));
    });
    return out;
  }

  /**
   * The path feature whose removal makes both agree on a minimal example, or null: two
   * features can hide each other in the original request ("a/;/" is both), not in the minimal.
   */
  private static Cause featureCause(Minimizer.Example e) {
    try (Side.Deployment j = Side.JERSEY.deploy(e.classes(), e.set(), false, null);
        Side.Deployment r = Side.RESTEASY.deploy(e.classes(), e.set(), false, null)) {
      for (PathFeature f : PathFeature.of(e.request().rawPath())) {
        Request without = new Request(e.request().method(), f.remove(e.request().rawPath()),
            e.request().how());
        if (j.ask(without).local().equals(r.ask(without).local())) {
          return Cause.of(f);
        }
      }
    }
    return null;
  }

  private static Minimizer.Case caseOf(Disagreement d) {
    return new Minimizer.Case(d.set().generated().set(), d.set().classes(),
        d.outcome().request(), d.outcome().jersey(), d.outcome().resteasy());
  }

  /** A minimal example as a one-request set of the run, to judge it like the others. */
  private static SetRun minimalRun(Minimizer.Example e) {
    return new SetRun(new CorpusGenerator.Generated(e.set(), List.of(e.request())), e.classes(),
        List.of(minimalOutcome(e)));
  }

  private static Outcome minimalOutcome(Minimizer.Example e) {
    return new Outcome(e.request(), e.a(), e.b(), null, null, null, Map.of());
  }

  /** The quick cause of an outcome found in the run, or null. */
  static Cause quickCause(Outcome o) {
    if (o.resteasyReversed() != null
        && o.resteasyReversed().text().equals(o.jersey().text())) {
      return Cause.ORDER_DEPENDENT;
    }
    for (PathFeature f : PathFeature.values()) {
      Outcome without = o.without().get(f);
      if (without != null && without.jersey().text().equals(without.resteasy().text())) {
        return Cause.of(f);
      }
    }
    return null;
  }

  /** A rewritten copy of a set that takes one mechanism away, and the cause it stands for. */
  private record Variant(Cause cause, UnaryOperator<ResourceSet> rewrite,
      java.util.function.Predicate<ResourceSet> applies) {}

  private static final List<Variant> VARIANTS = List.of(
      new Variant(Cause.TRAILING_SLASH_RANK, Classifier::withoutTrailingSlashes,
          Classifier::hasTrailingSlash),
      new Variant(Cause.SLASH_METHOD_PATH, Classifier::withoutSlashMethodPaths,
          Classifier::hasSlashMethodPath),
      new Variant(Cause.ROOT_WITHOUT_SUBRESOURCES, Classifier::withSubresourceInEveryRoot,
          Classifier::hasRootWithoutSubresources),
      new Variant(Cause.LOCATOR_ENDS_FALLBACK, Classifier::withoutLocators,
          s -> s.classes().stream().anyMatch(c -> c.members().stream()
              .anyMatch(Member::isLocator))),
      new Variant(Cause.GREEDY_CLASS_MATCH, Classifier::withoutSpanningRegex,
          Classifier::hasSpanningRegex));

  /**
   * The cause of each disagreement no path feature and no order explains: the first rewritten
   * copy of its set on which both agree, else the first rule that holds. All copies of all
   * sets compile in one javac task.
   */
  private Map<Disagreement, Cause> judge(List<Disagreement> disagreements) {
    Map<String, List<Disagreement>> bySet = new LinkedHashMap<>();
    for (Disagreement d : disagreements) {
      bySet.computeIfAbsent(d.set().id(), k -> new ArrayList<>()).add(d);
    }
    Map<String, ResourceSet> copies = new LinkedHashMap<>();
    for (List<Disagreement> list : bySet.values()) {
      ResourceSet set = list.get(0).set().generated().set();
      for (int v = 0; v < VARIANTS.size(); v++) {
        if (VARIANTS.get(v).applies().test(set)) {
          String id = "v" + v + set.id();
          copies.put(id, VARIANTS.get(v).rewrite().apply(set).renamed(id));
        }
      }
    }
    Map<String, Path> dirs = copies.isEmpty() ? Map.of() : SetCompiler.compile(
        List.copyOf(copies.values()), workDir.resolve("variants"), false).directories();
    Map<Disagreement, Cause> out = new LinkedHashMap<>();
    for (List<Disagreement> list : bySet.values()) {
      ResourceSet set = list.get(0).set().generated().set();
      for (int v = 0; v < VARIANTS.size(); v++) {
        ResourceSet copy = copies.get("v" + v + set.id());
        if (copy == null || !dirs.containsKey(copy.id())) {
          continue;
        }
        try (Side.Deployment j = Side.JERSEY.deploy(dirs.get(copy.id()), copy, false, null);
            Side.Deployment r = Side.RESTEASY.deploy(dirs.get(copy.id()), copy, false, null)) {
          for (Disagreement d : list) {
            Request q = d.outcome().request();
            if (!out.containsKey(d) && j.ask(q).local().equals(r.ask(q).local())) {
              out.put(d, VARIANTS.get(v).cause());
            }
          }
        } catch (IllegalStateException refused) {
          // A rewrite can make a set Jersey refuses (two equal templates): it proves nothing.
        }
      }
      for (Disagreement d : list) {
        out.putIfAbsent(d, rule(set, d.outcome()));
      }
    }
    return out;
  }

  private static Cause rule(ResourceSet set, Outcome o) {
    if (o.request().method().equals("HEAD") && o.jersey().reached() && o.resteasy().reached()
        && isHead(o.jersey()) != isHead(o.resteasy())) {
      return Cause.HEAD;
    }
    if (rankedEqualByResteasyOnly(set)) {
      return Cause.VARIABLE_COUNT;
    }
    return Cause.UNCLASSIFIED;
  }

  /** Generated methods are named after their HTTP method: "head12". */
  private static boolean isHead(Answer a) {
    return a.method().substring(a.method().indexOf('#') + 1).startsWith("head");
  }

  /**
   * Two templates of one level RESTEasy ranks equal (literal characters, then regex variables)
   * that the specification, and Jersey, rank apart by their number of variables: two root
   * class templates, or two method or locator templates of one class.
   */
  static boolean rankedEqualByResteasyOnly(ResourceSet set) {
    List<List<String>> levels = new ArrayList<>();
    levels.add(set.roots().stream().map(ResourceClass::path).toList());
    for (ResourceClass c : set.classes()) {
      levels.add(c.members().stream().map(m -> m.path() == null ? "" : m.path()).toList());
    }
    for (List<String> level : levels) {
      for (int i = 0; i < level.size(); i++) {
        for (int k = i + 1; k < level.size(); k++) {
          String x = Template.trim(level.get(i));
          String y = Template.trim(level.get(k));
          if (literals(x) == literals(y) && regexes(x) == regexes(y)
              && variables(x) != variables(y)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int literals(String template) {
    int n = 0;
    for (Template.Piece p : Template.parse(template)) {
      n += p.isVariable() ? 0 : p.literal().length();
    }
    return n;
  }

  private static long variables(String template) {
    return Template.parse(template).stream().filter(Template.Piece::isVariable).count();
  }

  private static long regexes(String template) {
    return Template.parse(template).stream().filter(p -> p.regex() != null).count();
  }

  static boolean hasTrailingSlash(ResourceSet set) {
    for (ResourceClass c : set.classes()) {
      if (trailing(c.path())) {
        return true;
      }
      for (Member m : c.members()) {
        if (trailing(m.path())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean trailing(String path) {
    return path != null && path.length() > 1 && path.endsWith("/");
  }

  static boolean hasRootWithoutSubresources(ResourceSet set) {
    return set.roots().stream().anyMatch(c -> c.members().stream().allMatch(m -> m.path() == null));
  }

  /** Every root class gets a sub-resource method no request reaches. */
  private static ResourceSet withSubresourceInEveryRoot(ResourceSet set) {
    List<ResourceClass> classes = new ArrayList<>();
    for (ResourceClass c : set.classes()) {
      if (c.isRoot() && c.members().stream().allMatch(m -> m.path() == null)) {
        List<Member> members = new ArrayList<>(c.members());
        members.add(Member.method("unreached" + classes.size(), "OPTIONS", "zz-unreached"));
        classes.add(c.withMembers(members));
      } else {
        classes.add(c);
      }
    }
    return new ResourceSet(set.id(), classes);
  }

  /** Locators removed, and the classes only they reached; a class left empty keeps a method. */
  private static ResourceSet withoutLocators(ResourceSet set) {
    List<ResourceClass> classes = new ArrayList<>();
    for (ResourceClass c : set.roots()) {
      List<Member> members = new ArrayList<>(c.members());
      members.removeIf(Member::isLocator);
      if (members.isEmpty()) {
        members.add(Member.method("unreached" + classes.size(), "OPTIONS", "zz-unreached"));
      }
      classes.add(c.withMembers(members));
    }
    return new ResourceSet(set.id(), classes);
  }

  private static ResourceSet withoutSpanningRegex(ResourceSet set) {
    List<ResourceClass> classes = new ArrayList<>();
    for (ResourceClass c : set.classes()) {
      List<Member> members = new ArrayList<>();
      for (Member m : c.members()) {
        members.add(m.isLocator() ? Member.locator(m.name(), narrow(m.path()), m.target()) : m);
      }
      classes.add(new ResourceClass(c.name(), narrow(c.path()), c.depth(), members));
    }
    return new ResourceSet(set.id(), classes);
  }

  private static String narrow(String path) {
    // Not [^/]+, which is the default regex: Jersey would see two equal templates and refuse.
    return path == null ? null : path.replace(".+}", "[^/]+?}");
  }

  static boolean hasSlashMethodPath(ResourceSet set) {
    return set.classes().stream().anyMatch(c -> c.members().stream()
        .anyMatch(m -> !m.isLocator() && m.path() != null && m.path().matches("/*")));
  }

  /** A class or locator template whose regex can match a '/'. */
  static boolean hasSpanningRegex(ResourceSet set) {
    for (ResourceClass c : set.classes()) {
      if (c.path() != null && c.path().contains(".+")) {
        return true;
      }
      for (Member m : c.members()) {
        if (m.isLocator() && m.path() != null && m.path().contains(".+")) {
          return true;
        }
      }
    }
    return false;
  }

  private static ResourceSet withoutTrailingSlashes(ResourceSet set) {
    List<ResourceClass> classes = new ArrayList<>();
    for (ResourceClass c : set.classes()) {
      List<Member> members = new ArrayList<>();
      for (Member m : c.members()) {
        members.add(new Member(m.name(), m.httpMethod(), trim(m.path()), m.target()));
      }
      classes.add(new ResourceClass(c.name(), trim(c.path()), c.depth(), members));
    }
    return new ResourceSet(set.id(), classes);
  }

  private static String trim(String path) {
    if (!trailing(path)) {
      return path;
    }
    String out = path;
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static ResourceSet withoutSlashMethodPaths(ResourceSet set) {
    List<ResourceClass> classes = new ArrayList<>();
    for (ResourceClass c : set.classes()) {
      List<Member> members = new ArrayList<>();
      for (Member m : c.members()) {
        boolean slash = !m.isLocator() && m.path() != null && m.path().matches("/*");
        members.add(slash ? Member.method(m.name(), m.httpMethod(), null) : m);
      }
      classes.add(c.withMembers(members));
    }
    return new ResourceSet(set.id(), classes);
  }
}
