package org.corsroutes.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code @Generated("org.corsroutes.processor.CorsProcessor")} when the target platform has
 * {@code javax.annotation.processing.Generated}; no date, so output is deterministic.
 */
final class GeneratedAnnotation {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private GeneratedAnnotation() {}

  static Optional<AnnotationSpec> of(Elements elements, String generator) {
    TypeElement generated = elements.getTypeElement(GENERATED);
    if (generated == null) {
      return Optional.empty();
    }
    return Optional.of(AnnotationSpec.builder(ClassName.get(generated))
        .addMember("value", "$S", generator)
        .build());
  }
}
