package org.corsroutes.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * JAX-RS annotation inheritance as Jersey applies it, so the routes the processor sees are the
 * routes JAX-RS serves:
 *
 * <ul>
 *   <li>A class's {@code @Path} is its own, else the nearest superclass's, else that of the
 *       first interface carrying one, met walking up from the class (interfaces of interfaces
 *       are not searched).
 *   <li>A method's JAX-RS annotations are those of the first method, in search order, that has
 *       any: the method, then the methods it overrides, the superclass chain before the
 *       interfaces. An override with one JAX-RS annotation of its own (even only
 *       {@code @Produces} or a {@code @PathParam}) hides every inherited one (specification,
 *       section 3.6).
 *   <li>The methods considered are the public ones, inherited included, one per signature (the
 *       most specific), as {@link Class#getMethods()} lists them.
 * </ul>
 *
 * <p>RESTEasy differs where the specification is silent or where it departs from it; the
 * README lists those cases.
 */
final class JaxRsInheritance {
  /** Method annotations that make a method's annotations the ones JAX-RS uses (with HTTP methods). */
  private static final Set<String> METHOD_ANNOTATIONS = Set.of(Annotations.PATH,
      "jakarta.ws.rs.Produces", "jakarta.ws.rs.Consumes");
  /** Parameter annotations that do the same. */
  private static final Set<String> PARAMETER_ANNOTATIONS = Set.of(
      "jakarta.ws.rs.core.Context", "jakarta.ws.rs.Encoded", "jakarta.ws.rs.DefaultValue",
      "jakarta.ws.rs.MatrixParam", "jakarta.ws.rs.QueryParam", "jakarta.ws.rs.CookieParam",
      "jakarta.ws.rs.HeaderParam", "jakarta.ws.rs.PathParam", "jakarta.ws.rs.FormParam");

  private final Elements elements;
  private final Types types;
  private final Map<TypeElement, List<TypeElement>> searchOrders = new HashMap<>();
  private final Map<TypeElement, List<ExecutableElement>> publicMethods = new HashMap<>();

  JaxRsInheritance(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The type whose {@code @Path} is {@code type}'s class template, or null: not a root. */
  TypeElement pathDeclarer(TypeElement type) {
    TypeElement foundInterface = null;
    for (TypeElement c = type; c != null; c = superclass(c)) {
      if (Annotations.find(c, Annotations.PATH).isPresent()) {
        return c;
      }
      if (foundInterface == null) {
        for (TypeMirror i : c.getInterfaces()) {
          TypeElement element = element(i);
          if (element != null && Annotations.find(element, Annotations.PATH).isPresent()) {
            foundInterface = element;
            break;
          }
        }
      }
    }
    return foundInterface;
  }

  /**
   * {@code type}, then its supertypes in the order JAX-RS searches them for inherited
   * annotations: depth first, the superclass (and all above it) before the interfaces, in
   * declaration order. Without {@code Object}.
   */
  List<TypeElement> searchOrder(TypeElement type) {
    List<TypeElement> cached = searchOrders.get(type);
    if (cached == null) {
      Set<TypeElement> out = new LinkedHashSet<>();
      collect(type, out);
      cached = List.copyOf(out);
      searchOrders.put(type, cached);
    }
    return cached;
  }

  private void collect(TypeElement type, Set<TypeElement> out) {
    if (isObject(type) || !out.add(type)) {
      return;
    }
    TypeElement superclass = superclass(type);
    if (superclass != null) {
      collect(superclass, out);
    }
    for (TypeMirror i : type.getInterfaces()) {
      TypeElement element = element(i);
      if (element != null) {
        collect(element, out);
      }
    }
  }

  /**
   * {@code method} and the methods it overrides or implements, in search order from the type
   * that declares it: where a policy for it may be written, nearest first.
   */
  List<ExecutableElement> overridden(ExecutableElement method) {
    TypeElement declarer = (TypeElement) method.getEnclosingElement();
    List<ExecutableElement> out = new ArrayList<>();
    out.add(method);
    List<TypeElement> order = searchOrder(declarer);
    for (int t = 1; t < order.size(); t++) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(order.get(t).getEnclosedElements())) {
        if (candidate.getSimpleName().contentEquals(method.getSimpleName())
            && candidate.getParameters().size() == method.getParameters().size()
            && !candidate.getModifiers().contains(Modifier.STATIC)
            && elements.overrides(method, candidate, declarer)) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

  /**
   * The method whose JAX-RS annotations apply to {@code method}: the first of
   * {@link #overridden} with any JAX-RS annotation, or null when none has one.
   */
  ExecutableElement annotated(ExecutableElement method) {
    if (hasJaxRsAnnotations(method)) {
      return method; // the common case, without walking supertypes
    }
    if (isObject((TypeElement) method.getEnclosingElement())) {
      return null;
    }
    List<ExecutableElement> chain = overridden(method);
    for (int i = 1; i < chain.size(); i++) {
      if (hasJaxRsAnnotations(chain.get(i))) {
        return chain.get(i);
      }
    }
    return null;
  }

  /**
   * The public instance methods of {@code type}, inherited ones included, one per signature:
   * where a class inherits a method and an abstract one it implements, only the first.
   */
  List<ExecutableElement> publicMethods(TypeElement type) {
    List<ExecutableElement> cached = publicMethods.get(type);
    if (cached != null) {
      return cached;
    }
    Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.PUBLIC) && !m.getModifiers().contains(Modifier.STATIC)
          && !isObject((TypeElement) m.getEnclosingElement())) {
        byName.computeIfAbsent(m.getSimpleName().toString(), n -> new ArrayList<>())
            .add(declaration(m));
      }
    }
    List<ExecutableElement> out = new ArrayList<>();
    for (List<ExecutableElement> sameName : byName.values()) {
      for (int i = 0; i < sameName.size(); i++) {
        if (!hidden(sameName, i, type)) {
          out.add(sameName.get(i));
        }
      }
    }
    cached = List.copyOf(out);
    publicMethods.put(type, cached);
    return cached;
  }

  /**
   * Whether another method stands for {@code methods[i]} in {@code type}: one that overrides or
   * implements it (of two that stand for each other, the first is kept).
   */
  private boolean hidden(List<ExecutableElement> methods, int i, TypeElement type) {
    ExecutableElement m = methods.get(i);
    for (int j = 0; j < methods.size(); j++) {
      ExecutableElement other = methods.get(j);
      if (j != i && other.getParameters().size() == m.getParameters().size()
          && standsFor(other, m, type) && !(j > i && standsFor(m, other, type))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code m} as its type declares it. ECJ lists a method inherited from a generic supertype
   * with the type arguments put in ({@code put(String)} for {@code put(T)} of
   * {@code Base<String>}), javac as declared; the erasure JAX-RS reports is the declared one.
   */
  private ExecutableElement declaration(ExecutableElement m) {
    List<ExecutableElement> candidates = new ArrayList<>();
    for (ExecutableElement c : ElementFilter.methodsIn(m.getEnclosingElement().getEnclosedElements())) {
      if (c.equals(m)) {
        return m;
      }
      if (c.getSimpleName().contentEquals(m.getSimpleName())
          && c.getParameters().size() == m.getParameters().size()) {
        candidates.add(c);
      }
    }
    for (ExecutableElement c : candidates) {
      boolean same = true;
      for (int i = 0; i < c.getParameters().size() && same; i++) {
        same = types.isAssignable(types.erasure(m.getParameters().get(i).asType()),
            types.erasure(c.getParameters().get(i).asType()));
      }
      if (same) {
        return c;
      }
    }
    return m;
  }

  /**
   * Whether {@code a} overrides or implements {@code b} in {@code type}. An interface method
   * never overrides a class's method, whatever ECJ's {@code overrides} says.
   */
  private boolean standsFor(ExecutableElement a, ExecutableElement b, TypeElement type) {
    if (a.getEnclosingElement().getKind() == ElementKind.INTERFACE
        && b.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
      return false;
    }
    return elements.overrides(a, b, type) || implementsInherited(a, b, type);
  }

  /**
   * Whether {@code other}, inherited from a class, implements the interface method {@code m} in
   * {@code type} (JLS 8.4.8.1), read from the signatures, whichever compiler answers.
   */
  private boolean implementsInherited(ExecutableElement other, ExecutableElement m,
      TypeElement type) {
    if (other.getEnclosingElement().getKind() != ElementKind.CLASS
        || m.getEnclosingElement().getKind() != ElementKind.INTERFACE
        || other.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    DeclaredType site = (DeclaredType) type.asType();
    try {
      return types.isSubsignature((ExecutableType) types.asMemberOf(site, other),
          (ExecutableType) types.asMemberOf(site, m));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Jersey's test: an HTTP method, {@code @Path}, {@code @Produces}, {@code @Consumes} or a parameter annotation. */
  static boolean hasJaxRsAnnotations(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (isOneOf(mirror, METHOD_ANNOTATIONS)
          || Annotations.find(mirror.getAnnotationType().asElement(), Annotations.HTTP_METHOD)
              .isPresent()) {
        return true;
      }
    }
    for (VariableElement parameter : method.getParameters()) {
      for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
        if (isOneOf(mirror, PARAMETER_ANNOTATIONS)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isOneOf(AnnotationMirror mirror, Set<String> names) {
    return names.contains(Annotations.nameOf(mirror));
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE ? null : element(type.getSuperclass());
  }

  private static TypeElement element(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  private static boolean isObject(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Object");
  }
}
