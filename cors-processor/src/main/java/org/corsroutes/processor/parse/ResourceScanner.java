package org.corsroutes.processor.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
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
  private final JaxRsInheritance inheritance;

  public ResourceScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.inheritance = new JaxRsInheritance(elements, types);
  }

  /**
   * Whether JAX-RS serves {@code type} as a root resource: a concrete class with a class
   * {@code @Path}, its own or inherited ({@link JaxRsInheritance#pathDeclarer}).
   */
  public boolean isRootResource(TypeElement type) {
    return type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
        && inheritance.pathDeclarer(type) != null;
  }

  /**
   * What a scan found.
   *
   * @param rootPath the root class's {@code @Path} as written
   * @param methods every resource method reached, sub-resources included
   * @param locators every locator reached, followed or not
   * @param unfollowedLocators the locators whose returned resource cannot be known
   * @param inputs the types (and the root's package) the routes were read from
   */
  public record Scan(
      String rootPath,
      List<ResourceMethod> methods,
      List<Locator> locators,
      List<ExecutableElement> unfollowedLocators,
      boolean needsLaterRound,
      List<Element> inputs) {}

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
    TypeElement declarer = inheritance.pathDeclarer(root);
    String rootPath = declarer == null ? "" : Annotations.pathOf(elements, declarer).orElse("");
    List<Element> rootScopes = new ArrayList<>(inheritance.searchOrder(root));
    rootScopes.add(elements.getPackageOf(root));
    out.needsLaterRound |= hasUnresolvedTypes(root);
    out.inputs.addAll(rootScopes);
    scanType(root, (DeclaredType) root.asType(), root, normalize(rootPath), rootScopes, List.of(),
        new HashSet<>(), out);
    return new Scan(rootPath, List.copyOf(out.methods), List.copyOf(out.locators),
        List.copyOf(out.unfollowed), out.needsLaterRound, List.copyOf(out.inputs));
  }

  private static final class Collector {
    final List<ResourceMethod> methods = new ArrayList<>();
    final List<Locator> locators = new ArrayList<>();
    final List<ExecutableElement> unfollowed = new ArrayList<>();
    final Set<Element> inputs = new LinkedHashSet<>();
    boolean needsLaterRound;
  }

  /**
   * @param site {@code type} as the route reaches it, with the type arguments its locator
   *     declares: what a locator's type variables stand for
   */
  private void scanType(TypeElement root, DeclaredType site, TypeElement type, String prefix,
      List<Element> classScopes, List<ExecutableElement> chain, Set<TypeElement> visiting,
      Collector out) {
    visiting.add(type);
    for (ExecutableElement method : inheritance.publicMethods(type)) {
      ExecutableElement annotated = inheritance.annotated(method);
      if (annotated == null || !isRouting(annotated)) {
        continue;
      }
      out.needsLaterRound |= hasErrorTypes(method) || hasErrorTypes(annotated);
      Optional<String> httpMethod = Annotations.httpMethodOf(elements, annotated);
      // Null without @Path: the resource's own methods. @Path("") is a sub-resource method on
      // an empty template, which JAX-RS keeps apart.
      String localPath = Annotations.pathOf(elements, annotated).orElse(null);
      String template = join(prefix, localPath == null ? "" : localPath);
      List<Element> scopes = new ArrayList<>(inheritance.overridden(method));
      scopes.addAll(classScopes);
      if (httpMethod.isPresent()) {
        out.methods.add(new ResourceMethod(root, method, httpMethod.get(), template, scopes,
            type, localPath, chain, javaMethod(method)));
      } else {
        followLocator(root, site, type, method, localPath, template, scopes, chain, visiting,
            out);
      }
    }
    visiting.remove(type);
  }

  private void followLocator(TypeElement root, DeclaredType site, TypeElement owner,
      ExecutableElement locator, String localPath, String template, List<Element> locatorScopes,
      List<ExecutableElement> chain, Set<TypeElement> visiting, Collector out) {
    Resolution resolution = new Resolution();
    DeclaredType returned = resolution.resourceType(returnType(site, locator));
    if (resolution.unresolved) {
      out.needsLaterRound = true;
      return;
    }
    TypeElement target = returned == null ? null : (TypeElement) returned.asElement();
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
    Locator located = new Locator(owner, locator, javaMethod(locator), localPath, chain, target);
    out.locators.add(located);
    out.needsLaterRound |= hasUnresolvedTypes(target);
    List<Element> scopes = new ArrayList<>(inheritance.searchOrder(target));
    out.inputs.addAll(scopes);
    scopes.addAll(locatorScopes);
    scanType(root, returned, target, template, scopes, located.targetChain(), visiting, out);
  }

  /** The locator's return type with the type arguments of {@code site} put in. */
  private TypeMirror returnType(DeclaredType site, ExecutableElement locator) {
    try {
      return ((ExecutableType) types.asMemberOf(site, locator)).getReturnType();
    } catch (IllegalArgumentException e) {
      return locator.getReturnType(); // not a member as seen from site: take it as declared
    }
  }

  /** Finds the resource type a locator's return type stands for. */
  private final class Resolution {
    /** A type that a later round may generate was met. */
    boolean unresolved;

    /**
     * The resource class JAX-RS routes to below a locator returning {@code type}: the type
     * itself; for {@code Class<T>} or {@code Class<? extends T>}, T (JAX-RS instantiates it);
     * for a type variable, its bound. Null where only the run time knows: {@code Object},
     * {@code Class<?>}, a raw {@code Class}, an unbounded type variable.
     */
    DeclaredType resourceType(TypeMirror type) {
      switch (type.getKind()) {
        case ERROR -> {
          unresolved = true;
          return null;
        }
        case DECLARED -> {
          DeclaredType declared = (DeclaredType) type;
          TypeElement element = (TypeElement) declared.asElement();
          if (element.getQualifiedName().contentEquals("java.lang.Class")) {
            return declared.getTypeArguments().isEmpty() ? null
                : resourceType(declared.getTypeArguments().get(0));
          }
          return element.getQualifiedName().contentEquals("java.lang.Object") ? null : declared;
        }
        case TYPEVAR -> {
          return resourceType(((TypeVariable) type).getUpperBound());
        }
        case WILDCARD -> {
          TypeMirror bound = ((WildcardType) type).getExtendsBound();
          return bound == null ? null : resourceType(bound);
        }
        case INTERSECTION -> {
          DeclaredType first = null;
          for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
            DeclaredType candidate = resourceType(bound);
            if (candidate != null && hasResourceMembers((TypeElement) candidate.asElement())) {
              return candidate;
            }
            first = first == null ? candidate : first;
          }
          return first;
        }
        default -> {
          return null;
        }
      }
    }
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
    ExecutableElement annotated = inheritance.annotated(method);
    return annotated != null && isRouting(annotated);
  }

  /**
   * Whether {@code type} or a type it inherits from still refers to a type that a later round
   * may generate: an unresolved supertype or annotation.
   */
  public boolean hasUnresolvedTypes(TypeElement type) {
    for (TypeElement t : inheritance.searchOrder(type)) {
      if (t.getSuperclass().getKind() == TypeKind.ERROR || hasErrorTypes(t)) {
        return true;
      }
      for (TypeMirror i : t.getInterfaces()) {
        if (i.getKind() == TypeKind.ERROR) {
          return true;
        }
      }
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        if (hasErrorTypes(m)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a supertype of {@code type} is not generated yet. */
  public boolean hasUnresolvedSupertypes(TypeElement type) {
    for (TypeElement t : inheritance.searchOrder(type)) {
      if (t.getSuperclass().getKind() == TypeKind.ERROR
          || t.getInterfaces().stream().anyMatch(i -> i.getKind() == TypeKind.ERROR)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} has resource methods or locators, declared or inherited. */
  public boolean hasResourceMembers(TypeElement type) {
    // Declared methods first: usually one of them answers, without building the full member
    // scope (getAllMembers), which the declared methods are part of.
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (isResourceMember(m, type)) {
        return true;
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (isResourceMember(m, type)) {
        return true;
      }
    }
    return false;
  }

  /** A resource method (an HTTP method annotation) or a locator ({@code @Path}). */
  private static boolean isRouting(ExecutableElement annotated) {
    return Annotations.find(annotated, Annotations.PATH).isPresent()
        || Annotations.httpMethodAnnotationOf(annotated).isPresent();
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
