package org.corsroutes.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

  /** A source from {@code src/test/resources/sources}, e.g. {@code "org/example/Users.java"}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource("sources/" + path);
  }

  /** An inline source; the first line is line 1, so tests can name lines exactly. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
