package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the runtime is marked as application API, table API (what generated
 * tables are written in), test API (what cors-test is built on) or internal (see package-info), and every public signature is pinned in
 * {@code src/test/resources/api/cors-runtime.api}: an API change is a deliberate diff of that
 * file ({@code mvn -pl cors-runtime test -Dapi.update=true}), never an accident.
 */
class ApiSurfaceTest {
  private static final String GOLDEN = "api/cors-runtime.api";

  /** The kind of each public type; a new public type must be given one here. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("CorsFeature", "application"),
      Map.entry("CorsFeature$RefusedRequests", "application"),
      Map.entry("CorsFeature$ForwardedHeaders", "application"),
      Map.entry("CorsFeature$MissingTables", "application"),
      Map.entry("CorsFeature$RefusalBody", "application"),
      Map.entry("CorsStartupException", "application"),
      Map.entry("CorsRouteTable", "table"),
      Map.entry("CorsResource", "table"),
      Map.entry("CorsResource$Builder", "table"),
      Map.entry("CorsResource$Locator", "table"),
      Map.entry("CorsRoute", "table"),
      Map.entry("CorsRoute$Builder", "table"),
      Map.entry("CorsRoute$Binding", "table"),
      Map.entry("CorsPolicy", "table"),
      Map.entry("CorsPolicy$Builder", "table"),
      Map.entry("CorsDecisions", "test"),
      Map.entry("CorsDecisions$Outcome", "test"),
      Map.entry("CorsDecisions$Answer", "test"),
      Map.entry("OriginRules", "internal"),
      Map.entry("OriginProblem", "internal"));

  @Test
  void everyPublicTypeIsMarkedAndEverySignatureIsPinned() throws Exception {
    Map<String, Class<?>> types = new TreeMap<>();
    for (Class<?> top : topLevelTypes()) {
      collect(top, types);
    }
    assertEquals(new TreeSet<>(KINDS.keySet()), new TreeSet<>(types.keySet()),
        "public types of org.corsroutes.runtime, each marked in KINDS");
    StringBuilder out = new StringBuilder();
    for (String kind : List.of("application", "table", "test", "internal")) {
      out.append("# ").append(kind).append('\n');
      types.forEach((name, type) -> {
        if (KINDS.get(name).equals(kind)) {
          out.append(describe(type));
        }
      });
    }
    String surface = out.toString();
    Path source = Path.of("src/test/resources").resolve(GOLDEN);
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(source.getParent());
      Files.writeString(source, surface, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(source, StandardCharsets.UTF_8), surface,
        "the runtime's public API; after a deliberate change run with -Dapi.update=true");
  }

  private static List<Class<?>> topLevelTypes() throws URISyntaxException, IOException {
    Path dir = Path.of(CorsFeature.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve("org/corsroutes/runtime");
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .sorted()
          .<Class<?>>map(n -> load("org.corsroutes.runtime." + n.substring(0, n.length() - 6)))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Class<?> type, Map<String, Class<?>> out) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return;
    }
    out.put(type.getName().substring("org.corsroutes.runtime.".length()), type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      collect(nested, out);
    }
  }

  private static String describe(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        members.add(modifiers(c.getModifiers()) + "<init>(" + types(c.getGenericParameterTypes())
            + ")");
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        members.add(modifiers(m.getModifiers()) + m.getGenericReturnType().getTypeName() + " "
            + m.getName() + "(" + types(m.getGenericParameterTypes()) + ")");
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        members.add(modifiers(f.getModifiers()) + f.getGenericType().getTypeName() + " "
            + f.getName());
      }
    }
    members.sort(null);
    String header = kind(type) + " " + type.getName()
        + (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
            && !type.isEnum() && !type.isRecord()
            ? " extends " + type.getGenericSuperclass().getTypeName() : "")
        + (type.getGenericInterfaces().length == 0 ? "" : " implements "
            + types(type.getGenericInterfaces()));
    return header + "\n" + members.stream().map(m -> "  " + m + "\n")
        .collect(Collectors.joining());
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers) {
    String m = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED
        | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
    return m.isEmpty() ? "" : m + " ";
  }

  private static String kind(Class<?> type) {
    return type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
  }

  private static String types(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }
}
