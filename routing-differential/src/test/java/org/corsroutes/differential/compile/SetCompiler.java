package org.corsroutes.differential.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.processor.CorsProcessor;

/**
 * Compiles resource sets with the real CORS Routes processor, all in one javac task (one task
 * per set would cost more than everything else together), then gives each set a class
 * directory of its own: its classes, its generated {@code <Root>CorsRoutes} tables, and a
 * service file listing only its tables, so a set's class loader sees nothing of other sets.
 */
public final class SetCompiler {
  /** The processor's service file, split per set. */
  static final String SERVICES = "META-INF/services/org.corsroutes.runtime.CorsRouteTable";

  /**
   * What a compilation gave.
   *
   * @param directories each compiled set's class directory, by set id
   * @param dropped the sets javac or the processor refused, with the first error of each
   */
  public record Result(Map<String, Path> directories, Map<String, String> dropped) {}

  private SetCompiler() {}

  /**
   * Compiles the sets into {@code workDir} (emptied first). A set with errors is dropped, said
   * why in the result, and the others are compiled again without it.
   */
  public static Result compile(List<ResourceSet> sets, Path workDir) {
    return compile(sets, workDir, true);
  }

  /**
   * As above; without the processor where nothing will read the tables (minimizing a
   * disagreement between two implementations), which compiles several times faster.
   */
  public static Result compile(List<ResourceSet> sets, Path workDir, boolean withProcessor) {
    Map<String, String> dropped = new LinkedHashMap<>();
    List<ResourceSet> remaining = new ArrayList<>(sets);
    for (int attempt = 0; ; attempt++) {
      Path out = workDir.resolve("javac-" + attempt);
      Map<String, String> errors = compileOnce(remaining, out, withProcessor);
      if (errors.isEmpty()) {
        return new Result(split(remaining, out, workDir.resolve("sets")), dropped);
      }
      dropped.putAll(errors);
      remaining.removeIf(s -> errors.containsKey(s.id()));
      if (remaining.isEmpty()) {
        return new Result(Map.of(), dropped);
      }
    }
  }

  /** Errors by set id; empty when every set compiled. */
  private static Map<String, String> compileOnce(List<ResourceSet> sets, Path out,
      boolean withProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (ResourceSet set : sets) {
      set.sources().forEach((name, text) -> sources.add(new Source(name, text)));
    }
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      delete(out);
      Files.createDirectories(out);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      List<String> options = List.of(
          "-classpath", System.getProperty("java.class.path"),
          "--release", "17", "-g:none", "-nowarn", "-Xlint:none", "-implicit:none");
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, sources);
      task.setProcessors(withProcessor ? List.of(new CorsProcessor()) : List.of());
      boolean ok = task.call();
      Map<String, String> errors = new LinkedHashMap<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          String setId = d.getSource() == null ? null : setOf(d.getSource().toUri().getPath());
          if (setId == null) {
            throw new IllegalStateException("javac failed outside any set: " + d);
          }
          errors.putIfAbsent(setId, d.getSource().getName() + ":" + d.getLineNumber() + ": "
              + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        throw new IllegalStateException("javac failed without an error: " + diagnostics
            .getDiagnostics());
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "/gen/s0042/Root0.java" → "s0042". */
  private static String setOf(String path) {
    String prefix = "/" + ResourceSet.PACKAGE_PREFIX.replace('.', '/');
    int at = path.indexOf(prefix);
    if (at < 0) {
      return null;
    }
    int from = at + prefix.length();
    int to = path.indexOf('/', from);
    return to < 0 ? null : path.substring(from, to);
  }

  private static Map<String, Path> split(List<ResourceSet> sets, Path out, Path setsDir) {
    try {
      delete(setsDir);
      Path services = out.resolve(SERVICES);
      List<String> tables = Files.exists(services) ? Files.readAllLines(services) : List.of();
      Map<String, Path> dirs = new LinkedHashMap<>();
      for (ResourceSet set : sets) {
        Path dir = setsDir.resolve(set.id());
        Path packageDir = set.packageName().replace('.', '/').transform(dir::resolve);
        Files.createDirectories(packageDir.getParent());
        Files.move(out.resolve(set.packageName().replace('.', '/')), packageDir);
        String prefix = set.packageName() + ".";
        List<String> mine = tables.stream().filter(t -> t.startsWith(prefix)).toList();
        Path file = dir.resolve(SERVICES);
        Files.createDirectories(file.getParent());
        Files.write(file, mine);
        dirs.put(set.id(), dir);
      }
      delete(out);
      return dirs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
