package org.corsroutes.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * One array attribute of {@code @CrossOrigin}: its strings, and the annotation values that
 * hold them so a diagnostic can underline the exact array element.
 *
 * @param name the attribute name, e.g. {@code "origins"}
 * @param whole the attribute's value (an array), or its default when not written
 * @param values the strings, in source order
 * @param positions the annotation value of each string, parallel to {@code values}
 */
public record Attribute(String name, AnnotationValue whole, List<String> values,
    List<AnnotationValue> positions) {

  public Attribute {
    values = List.copyOf(values);
    positions = List.copyOf(positions);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public boolean contains(String value) {
    return values.contains(value);
  }

  public AnnotationValue positionOf(String value) {
    int i = values.indexOf(value);
    return i < 0 ? whole : positions.get(i);
  }
}
