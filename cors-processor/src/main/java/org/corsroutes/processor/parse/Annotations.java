package org.corsroutes.processor.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations as mirrors, by qualified name: the processor needs no JAX-RS jar. */
public final class Annotations {
  public static final String CROSS_ORIGIN = "org.corsroutes.annotation.CrossOrigin";
  public static final String PATH = "jakarta.ws.rs.Path";
  public static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

  private Annotations() {}

  public static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** Whether the mirror is of the named type; compares javac's name without converting it. */
  public static boolean is(AnnotationMirror mirror, String qualifiedName) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
        .contentEquals(qualifiedName);
  }

  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (is(mirror, qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of {@code attribute}, with the annotation's default when not written. */
  public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("@" + nameOf(mirror) + " has no attribute " + attribute);
  }

  /**
   * Every attribute's value by name, defaults included: one lookup for an annotation whose
   * attributes are all read.
   */
  public static Map<String, AnnotationValue> values(Elements elements, AnnotationMirror mirror) {
    Map<String, AnnotationValue> out = new java.util.HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      out.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return out;
  }

  /** The {@code value()} string of {@code @Path}, if the element has one. */
  public static Optional<String> pathOf(Elements elements, Element element) {
    return find(element, PATH).map(m -> (String) value(elements, m, "value").getValue());
  }

  /**
   * The HTTP method an element serves: the value of {@code @HttpMethod} on one of its
   * annotations ({@code @GET}, {@code @POST}, or a user's own, e.g. {@code @PROPFIND}).
   */
  public static Optional<String> httpMethodOf(Elements elements, Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      Optional<AnnotationMirror> meta = find(type, HTTP_METHOD);
      if (meta.isPresent()) {
        return Optional.of((String) value(elements, meta.get(), "value").getValue());
      }
    }
    return Optional.empty();
  }

  /** The annotation that makes {@code element} a resource method, e.g. its {@code @OPTIONS}. */
  public static Optional<AnnotationMirror> httpMethodAnnotationOf(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (find(mirror.getAnnotationType().asElement(), HTTP_METHOD).isPresent()) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  public static List<? extends AnnotationValue> arrayOf(AnnotationValue value) {
    return (List<? extends AnnotationValue>) value.getValue();
  }
}
