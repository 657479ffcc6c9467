package org.corsroutes.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where a policy is declared: the element carrying it, the annotation written there, and, for a
 * composed policy ({@code @AdminCors}), the composed annotation type that carries the
 * {@code @CrossOrigin}. Diagnostics are positioned through it.
 *
 * @param element the class, method or package the annotation is on
 * @param written the annotation as written on {@code element}
 * @param crossOrigin the {@code @CrossOrigin} mirror holding the values
 * @param composedBy the composed annotation type, or null when {@code @CrossOrigin} is direct
 */
public record PolicySite(
    Element element, AnnotationMirror written, AnnotationMirror crossOrigin, TypeElement composedBy) {

  public boolean isComposed() {
    return composedBy != null;
  }

  /**
   * The value to underline: the attribute itself when {@code @CrossOrigin} is written on the
   * element, none when it comes from a composed annotation (the use site is underlined).
   */
  public AnnotationValue position(AnnotationValue value) {
    return isComposed() ? null : value;
  }
}
