package org.corsroutes.differential.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates resource sets whose templates collide on purpose, and requests for each. Every
 * template comes from one small vocabulary, so classes, methods and locators of one set keep
 * landing on the same paths; requests are instantiated from the set's own routes and then
 * mutated (matrix parameters, percent-encoding, slashes, case, unknown segments).
 *
 * <p>Set {@code i} of seed {@code s} depends on nothing else, so one set can be replayed alone.
 * A set is valid JAX-RS that Jersey deploys: no two resource methods for one HTTP method on one
 * template shape (Jersey refuses such a model as ambiguous) and at most one locator per shape.
 */
public final class CorpusGenerator {
  static final String[] LITERALS = {
      "users", "users/all", "a", "a/b", "follows", "follows/all", "all", "b"};
  static final String[] VARIABLES = {
      "{id}", "{name}", "{x}.json", "a{y}", "{id: [0-9]+}", "{p: .+}", "{n: [a-z]+}"};
  static final String[] MULTI_SEGMENT = {
      "users/{id}", "{id}/all", "a/{name}", "{a}/{b}", "users/{id: [0-9]+}", "a/b/{p: .+}",
      "follows/{name}"};
  static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
  private static final int[] METHOD_WEIGHTS = {30, 20, 15, 15, 15, 5};
  private static final int MAX_DEPTH = 3;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** A resource set and the requests sent to it. */
  public record Generated(ResourceSet set, List<Request> requests) {}

  public List<Generated> generate(int sets) {
    List<Generated> out = new ArrayList<>(sets);
    for (int i = 0; i < sets; i++) {
      out.add(set(i));
    }
    return out;
  }

  public Generated set(int index) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
    ResourceSet set = new SetBuilder(random, String.format("s%04d", index)).build();
    return new Generated(set, new RequestMaker(random, set).make(8 + random.nextInt(9)));
  }

  /** Builds one set, tracking the shapes taken so every set stays deployable. */
  private static final class SetBuilder {
    private final Random random;
    private final String id;
    private final List<ResourceClass> classes = new ArrayList<>();
    private final List<List<ResourceClass>> subsByDepth = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();
    private int names;

    SetBuilder(Random random, String id) {
      this.random = random;
      this.id = id;
      for (int d = 0; d <= MAX_DEPTH; d++) {
        subsByDepth.add(new ArrayList<>());
      }
    }

    ResourceSet build() {
      int roots = pickWeighted(new int[] {20, 30, 25, 12, 8, 5}) + 1;
      List<String> rootPaths = new ArrayList<>();
      for (int r = 0; r < roots; r++) {
        String path;
        if (!rootPaths.isEmpty() && random.nextInt(100) < 30) {
          // Two root classes on one template: JAX-RS merges them into one resource.
          path = decorate(Template.trim(pick(rootPaths)));
        } else {
          path = classPath();
        }
        rootPaths.add(path);
        // Roots of one shape are one resource to Jersey: they share the shapes taken.
        classes.add(makeClass("Root" + r, path, 0, "R:" + Template.shape(path)));
      }
      return new ResourceSet(id, classes);
    }

    private ResourceClass makeClass(String name, String path, int depth, String group) {
      List<Member> members = new ArrayList<>();
      int count = 1 + random.nextInt(depth == 0 ? 4 : 3);
      // Locators get rarer with depth, so a set stays a few classes (javac time is per class).
      int locators = depth == 0 ? 14 : 8;
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(100);
        if (kind < 25) {
          add(members, group, Member.method(null, pickMethod(), null), depth);
        } else if (kind < 100 - locators || depth >= MAX_DEPTH) {
          add(members, group, Member.method(null, pickMethod(), methodPath()), depth);
        } else {
          add(members, group, Member.locator(null, methodPath(), null), depth);
        }
      }
      if (random.nextInt(100) < 15) {
        // GET on a literal, POST or DELETE on a variable next to it.
        add(members, group, Member.method(null, "GET", decorate("follows/all")), depth);
        add(members, group, Member.method(null, random.nextBoolean() ? "POST" : "DELETE",
            decorate("follows/{name}")), depth);
      }
      if (depth < MAX_DEPTH && random.nextInt(100) < 12) {
        // A locator on the template of a sub-resource method of the same class.
        for (Member m : members) {
          if (!m.isLocator() && m.path() != null) {
            add(members, group, Member.locator(null, decorate(Template.trim(m.path())), null),
                depth);
            break;
          }
        }
      }
      if (members.isEmpty()) {
        add(members, group, Member.method(null, "GET", null), depth);
        if (members.isEmpty()) {
          // Every GET without @Path of this shape is taken: any free method keeps it valid.
          for (String method : METHODS) {
            add(members, group, Member.method(null, method, "free" + names), depth);
            if (!members.isEmpty()) {
              break;
            }
          }
        }
      }
      return new ResourceClass(name, path, depth, members);
    }

    /** Adds the member if its shape is free in the group; locators get their target class. */
    private void add(List<Member> members, String group, Member member, int depth) {
      String shape = Template.shape(member.path());
      String key = group + (member.isLocator() ? " locator " : " " + member.httpMethod() + " ")
          + shape;
      if (!taken.add(key)) {
        return;
      }
      if (member.isLocator()) {
        String target = target(depth + 1);
        members.add(Member.locator(next("loc"), member.path(), target));
      } else {
        members.add(Member.method(next(member.httpMethod()), member.httpMethod(), member.path()));
      }
    }

    /** A sub-resource class one level down: reused sometimes, so locators share targets. */
    private String target(int depth) {
      List<ResourceClass> existing = subsByDepth.get(depth);
      if (!existing.isEmpty() && random.nextInt(100) < 40) {
        return pick(existing).name();
      }
      String name = "Sub" + (names++);
      ResourceClass sub = makeClass(name, null, depth, "C:" + name);
      existing.add(sub);
      classes.add(sub);
      return name;
    }

    private String next(String prefix) {
      return prefix.toLowerCase() + (names++);
    }

    private String classPath() {
      int r = random.nextInt(100);
      if (r < 35) {
        return decorate(pick(LITERALS));
      } else if (r < 65) {
        return decorate(pick(VARIABLES));
      } else if (r < 85) {
        return decorate(pick(MULTI_SEGMENT));
      }
      return random.nextBoolean() ? "/" : "";
    }

    private String methodPath() {
      int r = random.nextInt(100);
      if (r < 35) {
        return decorate(pick(LITERALS));
      } else if (r < 70) {
        return decorate(pick(VARIABLES));
      } else if (r < 92) {
        return decorate(pick(MULTI_SEGMENT));
      }
      return random.nextBoolean() ? "/" : "";
    }

    /** Leading and trailing slashes, which JAX-RS ignores: the router must too. */
    private String decorate(String path) {
      if (path.isEmpty()) {
        return path;
      }
      String out = random.nextInt(100) < 30 ? "/" + path : path;
      return random.nextInt(100) < 15 ? out + "/" : out;
    }

    private String pickMethod() {
      return METHODS[pickWeighted(METHOD_WEIGHTS)];
    }

    private int pickWeighted(int[] weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int r = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
      throw new AssertionError();
    }

    private String pick(String[] from) {
      return from[random.nextInt(from.length)];
    }

    private <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }
  }

  /** Requests from the set's own routes, with values that do and do not fit, then mutated. */
  private static final class RequestMaker {
    private static final String[] PLAIN_VALUES = {
        "42", "7", "bob", "all", "users", "a", "x.json", "b", "follows"};
    private final Random random;
    private final ResourceSet set;
    private final List<ResourceSet.Route> routes;

    RequestMaker(Random random, ResourceSet set) {
      this.random = random;
      this.set = set;
      this.routes = set.routes();
    }

    List<Request> make(int count) {
      Set<String> seen = new LinkedHashSet<>();
      List<Request> out = new ArrayList<>();
      for (int attempt = 0; out.size() < count && attempt < count * 4; attempt++) {
        Request r = make();
        if (seen.add(r.method() + " " + r.rawPath())) {
          out.add(r);
        }
      }
      return out;
    }

    private Request make() {
      ResourceSet.Route route = routes.get(random.nextInt(routes.size()));
      String path = instantiate(route.template());
      String method = random.nextInt(100) < 55
          ? route.httpMethod() : METHODS[random.nextInt(METHODS.length)];
      List<String> how = new ArrayList<>();
      how.add(route.httpMethod() + " " + route.template() + " (" + route.javaMethod() + ")");
      path = mutate(path, how);
      return new Request(method, path, String.join("; ", how));
    }

    private String instantiate(String template) {
      StringBuilder out = new StringBuilder();
      for (Template.Piece piece : Template.parse(Template.trim(template))) {
        out.append(piece.isVariable() ? value(piece.regex()) : piece.literal());
      }
      return out.toString();
    }

    private String value(String regex) {
      boolean fits = random.nextInt(100) < 75;
      if (regex == null) {
        return PLAIN_VALUES[random.nextInt(PLAIN_VALUES.length)];
      }
      return switch (regex) {
        case "[0-9]+" -> fits ? pick("42", "7", "0") : pick("abc", "4a", "all");
        case "[a-z]+" -> fits ? pick("abc", "bob", "all", "users") : pick("ABC", "a1", "42");
        case ".+" -> pick("x", "x/y", "all", "a/b", "42/all", "users/all", "follows/all");
        default -> throw new IllegalArgumentException(regex);
      };
    }

    private String mutate(String path, List<String> how) {
      if (chance(2)) {
        how.add("empty path");
        return "";
      }
      if (chance(8)) {
        String unknown = pick("zzz", "users", "all", "x.json", "42");
        path = path.isEmpty() ? unknown : chance(50) ? path + "/" + unknown : unknown + "/" + path;
        how.add("extra segment " + unknown);
      }
      if (chance(6) && !path.isEmpty()) {
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        int i = random.nextInt(segments.size());
        String s = segments.get(i);
        if (!s.isEmpty()) {
          segments.set(i, Character.toUpperCase(s.charAt(0)) + s.substring(1));
          how.add("upper-case segment " + i);
          path = String.join("/", segments);
        }
      }
      if (chance(12) && !path.isEmpty()) {
        int letters = 0;
        for (char c : path.toCharArray()) {
          letters += Character.isLetterOrDigit(c) ? 1 : 0;
        }
        if (letters > 0) {
          int n = random.nextInt(letters);
          for (int i = 0; i < path.length(); i++) {
            if (Character.isLetterOrDigit(path.charAt(i)) && n-- == 0) {
              String hex = String.format(chance(80) ? "%%%02X" : "%%%02x", (int) path.charAt(i));
              path = path.substring(0, i) + hex + path.substring(i + 1);
              how.add("percent-encoded '" + (char) Integer.parseInt(hex.substring(1), 16) + "'");
              break;
            }
          }
        }
      }
      if (chance(6) && path.indexOf('/') > 0) {
        int i = nth(path, '/', random.nextInt(count(path, '/')));
        path = path.substring(0, i) + pick("%2F", "%2f") + path.substring(i + 1);
        how.add("encoded slash");
      }
      if (chance(16)) {
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        int i = random.nextInt(segments.size());
        String param = pick(";x", ";a=b", ";", ";x=1;y=2");
        if (chance(20)) {
          // A segment of matrix parameters only: "users/;x".
          path = path + "/" + param;
          how.add("matrix " + param + " as a last segment");
        } else {
          segments.set(i, segments.get(i) + param);
          path = String.join("/", segments);
          how.add("matrix " + param + " on segment " + i);
        }
      }
      if (chance(5) && path.indexOf('/') > 0) {
        int i = nth(path, '/', random.nextInt(count(path, '/')));
        path = path.substring(0, i) + "/" + path.substring(i);
        how.add("double slash");
      }
      if (chance(3)) {
        path = "/" + path;
        how.add("leading double slash");
      }
      if (chance(14)) {
        String slash = chance(80) ? "/" : "//";
        path = path + slash;
        how.add("trailing " + slash);
      }
      return path;
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    private String pick(String... from) {
      return from[random.nextInt(from.length)];
    }

    private static int count(String s, char c) {
      return (int) s.chars().filter(x -> x == c).count();
    }

    private static int nth(String s, char c, int n) {
      int i = -1;
      for (int k = 0; k <= n; k++) {
        i = s.indexOf(c, i + 1);
      }
      return i;
    }
  }
}
