package org.corsroutes.processor.generate;

import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * {@code @Generated("org.corsroutes.processor.CorsProcessor")} when the target platform has
 * {@code javax.annotation.processing.Generated}; no date, so output is deterministic.
 */
final class GeneratedAnnotation {
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private GeneratedAnnotation() {}

  /** The annotation type's qualified name, or empty when the target platform lacks it. */
  static Optional<String> of(Elements elements) {
    return elements.getTypeElement(GENERATED) == null ? Optional.empty() : Optional.of(GENERATED);
  }
}
