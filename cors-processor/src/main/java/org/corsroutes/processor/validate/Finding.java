package org.corsroutes.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One reported diagnostic and where it points: the element, and when known the annotation
 * mirror and the value, so the compiler (and an IDE) underlines the exact attribute. The kind
 * is the diagnostic's own unless a processor option downgraded it.
 */
public record Finding(
    Diagnostic diagnostic,
    Kind kind,
    String message,
    Element element,
    AnnotationMirror mirror,
    AnnotationValue value) {}
