package org.corsroutes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The build-cost floor: the cheapest processor that, like CORS Routes, generates one source per
 * resource. For each {@code @Path} class it writes an empty class {@code <Name>Floor} in the same
 * package through the Filer, and nothing else. What javac pays for it (a second round that
 * re-enters every compilation unit, a Filer name check per created file, parsing and compiling
 * the generated classes) is what any processor of that shape costs; the difference between this
 * and the real processor is CORS Routes' own work. Named explicitly with {@code -processor} by
 * run.sh; not registered as a service, so the benchmarks' own build never runs it.
 */
@SupportedAnnotationTypes("jakarta.ws.rs.Path")
public final class FloorProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() != ElementKind.CLASS) {
          continue; // @Path on a method: its class is handled once
        }
        TypeElement type = (TypeElement) element;
        String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        String name = type.getSimpleName() + "Floor";
        try (Writer out = processingEnv.getFiler()
            .createSourceFile(pkg.isEmpty() ? name : pkg + "." + name, type).openWriter()) {
          out.write((pkg.isEmpty() ? "" : "package " + pkg + ";\n") + "final class " + name + " {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }
}
