package org.corsroutes.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One reported diagnostic and where it points: the element, and when known the annotation
 * mirror and the value, so the compiler (and an IDE) underlines the exact attribute.
 */
public record Finding(
    Diagnostic diagnostic,
    String message,
    Element element,
    AnnotationMirror mirror,
    AnnotationValue value) {}
