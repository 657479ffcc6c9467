package org.corsroutes.processor.parse;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where an annotation is written in the sources, as {@code org/example/UsersResource.java:23}:
 * the package path and file name (never the absolute path, so generated tables stay the same on
 * every machine) and the line. Only javac knows it ({@code com.sun.source}); under another
 * compiler (ECJ), for an element read from a class file, or when the compiler API is not
 * accessible, there is no line and {@link #of} answers null.
 */
public final class SourceLines {
  /** Null when the compiler is not javac. */
  private final Trees trees;

  private SourceLines(Trees trees) {
    this.trees = trees;
  }

  /** Javac's trees when they are there; never throws. */
  public static SourceLines of(ProcessingEnvironment env) {
    try {
      return new SourceLines(Trees.instance(env));
    } catch (RuntimeException | LinkageError notJavac) {
      // IllegalArgumentException from another compiler's environment, NoClassDefFoundError or
      // IllegalAccessError where jdk.compiler is not readable: the tables go without lines.
      return new SourceLines(null);
    }
  }

  /** {@code org/example/UsersResource.java:23} for {@code annotation} on {@code element}, or null. */
  public String of(Element element, AnnotationMirror annotation) {
    if (trees == null) {
      return null;
    }
    try {
      TreePath path = trees.getPath(element, annotation);
      if (path == null) {
        return null; // read from a class file
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      Tree leaf = path.getLeaf();
      SourcePositions positions = trees.getSourcePositions();
      long start = positions.getStartPosition(unit, leaf);
      if (start < 0 || unit.getLineMap() == null) {
        return null;
      }
      return file(unit) + ":" + unit.getLineMap().getLineNumber(start);
    } catch (RuntimeException | LinkageError e) {
      return null; // a line is a help for messages, never a reason to fail the build
    }
  }

  private static String file(CompilationUnitTree unit) {
    String name = unit.getSourceFile().getName();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String simple = name.substring(slash + 1);
    Tree pkg = unit.getPackageName();
    return pkg == null ? simple : pkg.toString().replace('.', '/') + "/" + simple;
  }
}
