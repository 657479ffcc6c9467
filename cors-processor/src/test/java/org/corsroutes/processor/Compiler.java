package org.corsroutes.processor;

import static com.google.testing.compile.Compiler.javac;

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

/** Compiles test sources with the processor, the way a user's build does. */
final class Compiler {
  private Compiler() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new CorsProcessor()).compile(sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new CorsProcessor()).withOptions(options).compile(sources);
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
    return javac().withProcessors(new CorsProcessor()).withClasspath(classpath).compile(sources);
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

  /** An inline source; the first line is line 1, so tests can name lines exactly. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
