package org.corsroutes.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.corsroutes.processor.model.ResourceMethod;

/**
 * Walks a root resource class the way JAX-RS routes it: resource methods (an annotation
 * meta-annotated {@code @HttpMethod}), class and method {@code @Path} joined into one template,
 * and sub-resource locators ({@code @Path} without an HTTP method) followed into the class they
 * return. Reads annotations by name only.
 */
public final class ResourceScanner {
  private final Elements elements;
  private final Types types;
  private final Map<TypeElement, List<TypeElement>> supertypes = new HashMap<>();

  public ResourceScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * What a scan found.
   *
   * @param rootPath the root class's {@code @Path} as written
   * @param methods every resource method reached, sub-resources included
   * @param locators every locator reached, followed or not
   * @param unfollowedLocators the locators whose returned resource cannot be known
   */
  public record Scan(
      String rootPath,
      List<ResourceMethod> methods,
      List<Locator> locators,
      List<ExecutableElement> unfollowedLocators,
      boolean needsLaterRound) {}

  /**
   * A sub-resource locator as JAX-RS routes it.
   *
   * @param owner the resource class it is routed in
   * @param method the locator
   * @param path its {@code @Path} as written
   * @param chain the locators from the root to {@code owner}, outermost first
   * @param target the resource it returns, or null when that cannot be known (or when following
   *     it again would loop)
   */
  public record Locator(TypeElement owner, ExecutableElement method, String javaMethod,
      String path, List<ExecutableElement> chain, TypeElement target) {

    /** The chain that reaches the locator's target: this chain and the locator. */
    public List<ExecutableElement> targetChain() {
      List<ExecutableElement> out = new ArrayList<>(chain);
      out.add(method);
      return out;
    }
  }

  public Scan scan(TypeElement root) {
    Collector out = new Collector();
    String rootPath = Annotations.pathOf(elements, root).orElse("");
    List<Element> rootScopes = List.of(root, elements.getPackageOf(root));
    out.needsLaterRound |= hasErrorTypes(root);
    scanType(root, root, normalize(rootPath), rootScopes, List.of(), new HashSet<>(), out);
    return new Scan(rootPath, List.copyOf(out.methods), List.copyOf(out.locators),
        List.copyOf(out.unfollowed), out.needsLaterRound);
  }

  private static final class Collector {
    final List<ResourceMethod> methods = new ArrayList<>();
    final List<Locator> locators = new ArrayList<>();
    final List<ExecutableElement> unfollowed = new ArrayList<>();
    boolean needsLaterRound;
  }

  private void scanType(TypeElement root, TypeElement type, String prefix,
      List<Element> classScopes, List<ExecutableElement> chain, Set<TypeElement> visiting,
      Collector out) {
    visiting.add(type);
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getModifiers().contains(Modifier.STATIC)
          || !method.getModifiers().contains(Modifier.PUBLIC)) {
        continue;
      }
      ExecutableElement annotated = jaxRsAnnotated(method, type);
      if (annotated == null) {
        continue;
      }
      out.needsLaterRound |= hasErrorTypes(method) || hasErrorTypes(annotated);
      Optional<String> httpMethod = Annotations.httpMethodOf(elements, annotated);
      // Null without @Path: the resource's own methods. @Path("") is a sub-resource method on
      // an empty template, which JAX-RS keeps apart.
      String localPath = Annotations.pathOf(elements, annotated).orElse(null);
      String template = join(prefix, localPath == null ? "" : localPath);
      List<Element> scopes = new ArrayList<>();
      scopes.add(method);
      if (annotated != method) {
        scopes.add(annotated);
      }
      scopes.addAll(classScopes);
      if (httpMethod.isPresent()) {
        out.methods.add(new ResourceMethod(root, method, httpMethod.get(), template, scopes,
            type, localPath, chain, javaMethod(method)));
      } else {
        followLocator(root, type, method, localPath, template, scopes, chain, visiting, out);
      }
    }
    visiting.remove(type);
  }

  private void followLocator(TypeElement root, TypeElement owner, ExecutableElement locator,
      String localPath, String template, List<Element> locatorScopes,
      List<ExecutableElement> chain, Set<TypeElement> visiting, Collector out) {
    TypeMirror returned = locator.getReturnType();
    if (returned.getKind() == TypeKind.ERROR) {
      out.needsLaterRound = true;
      return;
    }
    TypeElement target = returned.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) returned).asElement() : null;
    if (target == null || !hasResourceMembers(target)) {
      out.unfollowed.add(locator);
      out.locators.add(new Locator(owner, locator, javaMethod(locator), localPath, chain, null));
      return;
    }
    if (visiting.contains(target)) {
      // A locator cycle: the routes below are collected once; the runtime answers no
      // preflight below the second visit.
      out.locators.add(new Locator(owner, locator, javaMethod(locator), localPath, chain, null));
      return;
    }
    Locator site = new Locator(owner, locator, javaMethod(locator), localPath, chain, target);
    out.locators.add(site);
    List<Element> scopes = new ArrayList<>();
    scopes.add(target);
    scopes.addAll(locatorScopes);
    scanType(root, target, template, scopes, site.targetChain(), visiting, out);
  }

  /**
   * {@code get(long)}: the name and erased parameter types, spelled as
   * {@code Class.getTypeName()} spells them at run time ({@code a.B$C}, {@code byte[]}).
   */
  String javaMethod(ExecutableElement method) {
    StringBuilder out = new StringBuilder(method.getSimpleName()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(typeName(types.erasure(method.getParameters().get(i).asType())));
    }
    return out.append(')').toString();
  }

  private String typeName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return typeName(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return elements.getBinaryName((TypeElement) ((DeclaredType) type).asElement()).toString();
    }
    return type.toString();
  }

  /** Whether {@code method}, a member of {@code in}, is a resource method or locator. */
  public boolean isResourceMember(ExecutableElement method, TypeElement in) {
    return jaxRsAnnotated(method, in) != null;
  }

  /**
   * Whether {@code type} or one of its members still refers to a type that a later round may
   * generate: an unresolved supertype or annotation.
   */
  public boolean hasUnresolvedTypes(TypeElement type) {
    if (type.getSuperclass().getKind() == TypeKind.ERROR || hasErrorTypes(type)) {
      return true;
    }
    for (TypeMirror i : type.getInterfaces()) {
      if (i.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (hasErrorTypes(m)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} has resource methods or locators, declared or inherited. */
  public boolean hasResourceMembers(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (jaxRsAnnotated(m, type) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method whose JAX-RS annotations apply: the method itself, or, following JAX-RS
   * annotation inheritance, the superclass or interface method it overrides.
   */
  private ExecutableElement jaxRsAnnotated(ExecutableElement method, TypeElement in) {
    if (isJaxRs(method)) {
      return method;
    }
    if (isObjectMethod(method)) {
      return null; // equals, hashCode, ...: never resource methods, and every class has them
    }
    for (TypeElement s : supertypesOf(in)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(s.getEnclosedElements())) {
        if (isJaxRs(candidate) && elements.overrides(method, candidate, in)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private boolean isJaxRs(ExecutableElement method) {
    return Annotations.find(method, Annotations.PATH).isPresent()
        || Annotations.httpMethodOf(elements, method).isPresent();
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName()
        .contentEquals("java.lang.Object");
  }

  /**
   * Every supertype of {@code type} but {@code Object}, where inherited JAX-RS annotations may
   * be; computed once per type, since every member of the type asks.
   */
  private List<TypeElement> supertypesOf(TypeElement type) {
    return supertypes.computeIfAbsent(type, t -> {
      List<TypeElement> all = new ArrayList<>();
      List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(t.asType()));
      while (!queue.isEmpty()) {
        TypeMirror next = queue.remove(0);
        if (next.getKind() == TypeKind.DECLARED) {
          TypeElement element = (TypeElement) types.asElement(next);
          if (!element.getQualifiedName().contentEquals("java.lang.Object")) {
            all.add(element);
          }
          queue.addAll(types.directSupertypes(next));
        }
      }
      return all;
    });
  }

  private static boolean hasErrorTypes(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** JAX-RS path joining: one leading slash, no trailing slash, single separators. */
  static String join(String prefix, String path) {
    String p = normalize(path);
    if (p.equals("/")) {
      return prefix;
    }
    return prefix.equals("/") ? p : prefix + p;
  }

  static String normalize(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return "/" + p;
  }
}
