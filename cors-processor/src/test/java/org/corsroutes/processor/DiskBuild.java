package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A project on disk compiled the way a build tool or an IDE compiles it: sources in
 * {@code src}, classes and resources in {@code classes}, generated sources in {@code generated},
 * the class output on the class path of the next compilation, which may be given only some
 * sources.
 */
final class DiskBuild {
  final Path src;
  final Path classes;
  final Path generated;

  DiskBuild(Path root) {
    src = root.resolve("src");
    classes = root.resolve("classes");
    generated = root.resolve("generated");
    try {
      Files.createDirectories(src);
      Files.createDirectories(classes);
      Files.createDirectories(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the source of {@code qualifiedName}. */
  DiskBuild write(String qualifiedName, String text) {
    Path file = sourceOf(qualifiedName);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Deletes a type's source and class files, as a build tool does when the source goes. */
  void delete(String qualifiedName) {
    String path = qualifiedName.replace('.', '/');
    try {
      Files.delete(sourceOf(qualifiedName));
      Path dir = classes.resolve(path).getParent();
      String simple = path.substring(path.lastIndexOf('/') + 1);
      if (!Files.isDirectory(dir)) {
        return; // never compiled
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
            Files.delete(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path sourceOf(String qualifiedName) {
    return src.resolve(qualifiedName.replace('.', '/') + ".java");
  }

  /** Compiles every source of the project. */
  void compileAll() {
    try (Stream<Path> files = Files.walk(src)) {
      compileFiles(files.filter(f -> f.toString().endsWith(".java")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles only these sources, against the class output of the earlier compilations. */
  void compile(String... qualifiedNames) {
    compileFiles(Stream.of(qualifiedNames).map(this::sourceOf).toList());
  }

  private void compileFiles(List<Path> sources) {
    Result result = run(sources, List.of());
    List<Diagnostic<? extends JavaFileObject>> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        problems.add(d);
      }
    }
    assertEquals(List.of(), problems.stream().map(Object::toString).toList(),
        "compiling " + sources);
    assertEquals(true, result.ok(), "compiling " + sources);
  }

  /** What one compilation reported. */
  record Result(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    /** The messages of this kind, as the compiler prints them (no file, no line). */
    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  /**
   * Compiles only these sources with extra options ({@code -A...}), against the class output
   * of the earlier compilations, and returns what the compiler reported, errors included.
   */
  Result compileWith(List<String> extraOptions, String... qualifiedNames) {
    return run(Stream.of(qualifiedNames).map(this::sourceOf).toList(), extraOptions);
  }

  private Result run(List<Path> sources, List<String> extraOptions) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s",
          generated.toString(), "-classpath",
          classes + File.pathSeparator + System.getProperty("java.class.path"),
          "-implicit:none", "-encoding", "UTF-8"));
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new CorsProcessor()));
      boolean ok = task.call();
      return new Result(ok, List.copyOf(diagnostics.getDiagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the class output, e.g. {@code META-INF/cors-routes.json}. */
  String output(String path) {
    try {
      return Files.readString(classes.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tables the service file lists, each with its generated source. */
  String tables() {
    return output("META-INF/services/org.corsroutes.runtime.CorsRouteTable").lines()
        .map(table -> {
          try {
            return "// " + table + "\n" + Files.readString(
                generated.resolve(table.replace('.', '/') + ".java"), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .collect(Collectors.joining("\n"));
  }
}
