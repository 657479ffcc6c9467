package org.corsroutes.processor.validate;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.corsroutes.processor.parse.Annotations;

/**
 * {@code @SuppressWarnings("CorsUnfollowedLocator")} on an element or an enclosing one keeps a
 * warning with that id from being reported there: the way to say "intended" without changing
 * code that is valid. Errors cannot be suppressed.
 */
final class Suppressions {
  private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

  private Suppressions() {}

  static boolean isSuppressed(Element element, String id) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (Annotations.is(mirror, SUPPRESS_WARNINGS) && names(mirror).contains(id)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The strings of {@code value()}, written as one string or as an array. */
  private static List<String> names(AnnotationMirror mirror) {
    for (var entry : mirror.getElementValues().entrySet()) {
      ExecutableElement attribute = entry.getKey();
      if (attribute.getSimpleName().contentEquals("value")) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          return list.stream().map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList();
        }
        return List.of(String.valueOf(value));
      }
    }
    return List.of();
  }
}
