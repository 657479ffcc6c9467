package org.corsroutes.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.corsroutes.differential.DifferentialRun.Outcome;
import org.corsroutes.differential.DifferentialRun.SetRun;
import org.corsroutes.differential.compare.PathFeature;
import org.corsroutes.differential.corpus.Member;
import org.corsroutes.differential.corpus.ResourceClass;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.differential.corpus.Template;
import org.junit.jupiter.api.Test;

/** The corpus is what the other tests rely on: valid, processed, tricky, and deterministic. */
class CorpusTest {
  private final DifferentialRun run = DifferentialRun.shared();

  @Test
  void everySetCompilesWithTheProcessorWhichWritesATablePerRoot() throws IOException {
    assertEquals(Map.of(), run.dropped, "sets javac or the processor refused");
    for (SetRun s : run.sets) {
      List<String> tables = Files.readAllLines(
          s.classes().resolve("META-INF/services/org.corsroutes.runtime.CorsRouteTable"));
      List<String> expected = s.generated().set().rootClassNames().stream()
          .map(root -> root + "CorsRoutes").sorted().toList();
      assertEquals(expected, tables.stream().sorted().toList(), s.id());
    }
  }

  @Test
  void everyTrickyShapeIsThere() {
    Map<String, Predicate<ResourceSet>> shapes = new LinkedHashMap<>();
    shapes.put("two root classes on one template", set -> {
      List<String> seen = new ArrayList<>();
      return set.roots().stream().map(c -> Template.shape(c.path())).anyMatch(p -> {
        boolean again = seen.contains(p);
        seen.add(p);
        return again;
      });
    });
    shapes.put("a locator and a sub-resource method on one template", set -> classes(set)
        .anyMatch(c -> c.members().stream().filter(Member::isLocator).anyMatch(l -> c.members()
            .stream().anyMatch(m -> !m.isLocator() && m.path() != null
                && Template.shape(m.path()).equals(Template.shape(l.path()))))));
    shapes.put("GET follows/all next to follows/{name}", set -> classes(set).anyMatch(c ->
        has(c, m -> "GET".equals(m.httpMethod()) && "follows/all".equals(trim(m.path())))
            && has(c, m -> "follows/{name}".equals(trim(m.path())))));
    shapes.put("a locator three levels deep", set -> classes(set).anyMatch(c -> c.depth() == 3));
    shapes.put("@HEAD", set -> classes(set).anyMatch(c -> has(c,
        m -> "HEAD".equals(m.httpMethod()))));
    shapes.put("a root class at \"/\" or \"\"", set -> set.roots().stream()
        .anyMatch(c -> trim(c.path()).isEmpty()));
    for (String regex : List.of("[0-9]+", ".+", "[a-z]+")) {
      shapes.put("{x: " + regex + "}", set -> classes(set).anyMatch(c ->
          (c.path() != null && c.path().contains(regex)) || has(c, m -> m.path() != null
              && m.path().contains(regex))));
    }
    shapes.put("a trailing slash in @Path", set -> classes(set).anyMatch(c ->
        endsWithSlash(c.path()) || has(c, m -> endsWithSlash(m.path()))));
    StringBuilder counts = new StringBuilder();
    shapes.forEach((name, shape) -> {
      long n = run.sets.stream().filter(s -> shape.test(s.generated().set())).count();
      counts.append(String.format("  %5d sets with %s%n", n, name));
      assertTrue(n > 0, "no set with " + name);
    });
    Map<String, Predicate<Outcome>> requests = new LinkedHashMap<>();
    for (PathFeature f : PathFeature.values()) {
      requests.put(f.description(), o -> f.in(o.request().rawPath()));
    }
    requests.put("an upper-case letter", o -> !o.request().rawPath()
        .equals(o.request().rawPath().toLowerCase()) && !o.request().rawPath().contains("%"));
    requests.put("the empty path", o -> o.request().rawPath().isEmpty());
    requests.put("HEAD", o -> o.request().method().equals("HEAD"));
    requests.forEach((name, request) -> {
      long n = outcomes().filter(request).count();
      counts.append(String.format("  %5d requests with %s%n", n, name));
      assertTrue(n > 0, "no request with " + name);
    });
    System.out.print("Corpus shapes:\n" + counts);
  }

  @Test
  void answersAreAMixOfMethods404And405() {
    long total = outcomes().count();
    long reached = outcomes().filter(o -> o.jersey().reached()).count();
    long notFound = outcomes().filter(o -> o.jersey().status() == 404).count();
    long notAllowed = outcomes().filter(o -> o.jersey().status() == 405).count();
    System.out.printf("Jersey answers: %d methods, %d 404, %d 405 of %d requests%n", reached,
        notFound, notAllowed, total);
    assertTrue(reached > total / 4, "too few requests reach a method: " + reached);
    assertTrue(notFound > total / 10, "too few 404: " + notFound);
    assertTrue(notAllowed > total / 10, "too few 405: " + notAllowed);
    assertEquals(total, reached + notFound + notAllowed, "an answer other than 2xx, 404, 405");
  }

  /** Jersey sorts what it is given, so the order of registration must not matter to it. */
  @Test
  void jerseyIgnoresRegistrationOrder() {
    List<String> changed = new ArrayList<>();
    long checked = 0;
    for (SetRun s : run.sets) {
      for (Outcome o : s.outcomes()) {
        if (o.jerseyReversed() != null) {
          checked++;
          if (!o.jerseyReversed().text().equals(o.jersey().text())) {
            changed.add(s.id() + " " + o.request() + ": " + o.jersey() + " / "
                + o.jerseyReversed());
          }
        }
      }
    }
    assertTrue(checked > 0);
    assertEquals(List.of(), changed);
  }

  private java.util.stream.Stream<Outcome> outcomes() {
    return run.sets.stream().flatMap(s -> s.outcomes().stream());
  }

  private static java.util.stream.Stream<ResourceClass> classes(ResourceSet set) {
    return set.classes().stream();
  }

  private static boolean has(ResourceClass c, Predicate<Member> p) {
    return c.members().stream().anyMatch(p);
  }

  private static String trim(String path) {
    return path == null ? null : Template.trim(path);
  }

  private static boolean endsWithSlash(String path) {
    return path != null && path.length() > 1 && path.endsWith("/");
  }
}
