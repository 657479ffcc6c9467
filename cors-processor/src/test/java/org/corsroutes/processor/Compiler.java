package org.corsroutes.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with the processor, the way a user's build does: with javac, or, for
 * the test classes {@link Ecj} runs again, with Eclipse's compiler.
 */
final class Compiler {
  private Compiler() {}

  /** The compiler tests run with; {@link Ecj} switches it for a whole test class. */
  enum Kind { JAVAC, ECJ }

  private static volatile Kind current = Kind.JAVAC;

  static void use(Kind kind) {
    current = kind;
  }

  static Kind current() {
    return current;
  }

  /** The current compiler with these options, and none of its own but the release. */
  static com.google.testing.compile.Compiler base(String... options) {
    List<String> all = new ArrayList<>();
    if (current == Kind.ECJ) {
      // Java 17, as javac's --release. Off: ECJ's own lints javac does not have by default
      // (unused imports, and @SuppressWarnings tokens it does not know, such as a CORS id).
      all.addAll(List.of("--release", "17", "-warn:-unusedImport,warningToken"));

    }
    all.addAll(List.of(options));
    com.google.testing.compile.Compiler compiler = current == Kind.ECJ
        ? com.google.testing.compile.Compiler.compiler(
            new org.eclipse.jdt.internal.compiler.tool.EclipseCompiler())
        : com.google.testing.compile.Compiler.javac();
    return compiler.withOptions(all);
  }

  static Compilation compile(JavaFileObject... sources) {
    return base().withProcessors(new CorsProcessor()).compile(sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return base(options.toArray(String[]::new)).withProcessors(new CorsProcessor())
        .compile(sources);
  }

  /**
   * Compiles with {@code dir} on the class path, next to this test's own class path: types an
   * earlier compilation wrote there are read from their class files.
   */
  static Compilation compileAgainst(Path dir, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(dir.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return base().withProcessors(new CorsProcessor()).withClasspath(classpath).compile(sources);
  }

  /** Writes the class files of {@code compilation} under {@code dir}, as a build's class output. */
  static Path writeClasses(Compilation compilation, Path dir) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // compile-testing names class outputs /CLASS_OUTPUT/a/b/C.class
      String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
      Path target = dir.resolve(name);
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** A source from {@code src/test/resources/sources}, e.g. {@code "org/example/Users.java"}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource("sources/" + path);
  }

  private static final java.util.concurrent.atomic.AtomicInteger SOURCES =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * An inline source; the first line is line 1, so tests can name lines exactly. Written to a
   * file of its own under {@code target/test-sources}: ECJ takes only sources with a file URI.
   */
  static JavaFileObject source(String qualifiedName, String... lines) {
    Path file = Path.of("target", "test-sources", Integer.toString(SOURCES.incrementAndGet()))
        .resolve(qualifiedName.replace('.', '/') + ".java").toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
