package org.corsroutes.processor.parse;

import static org.corsroutes.processor.parse.Annotations.CROSS_ORIGIN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.PolicySite;

/**
 * Finds the policy annotations on an element, direct {@code @CrossOrigin} or composed
 * ({@code @AdminCors}), and reads them into {@link Policy} models. One reader per round; it
 * caches per element so every route sees the same {@code Policy} instance.
 */
public final class PolicyReader {
  private final Elements elements;
  private final SourceLines lines;
  private final Function<String, String> earlierLines;
  private final Map<Element, List<Policy>> cache = new HashMap<>();
  /** By annotation type: its {@code @CrossOrigin} meta-annotation, if it composes a policy. */
  private final Map<TypeElement, Optional<AnnotationMirror>> composed = new HashMap<>();

  /**
   * @param lines where annotations are written, when the compiler says
   * @param earlierLines by {@code declaredOn}, where an earlier compilation saw a policy written
   *     that this one reads from a class file (an incremental build), or null
   */
  public PolicyReader(Elements elements, SourceLines lines,
      Function<String, String> earlierLines) {
    this.elements = elements;
    this.lines = lines;
    this.earlierLines = earlierLines;
  }

  /** The policies written on {@code element}; more than one is a mistake the validator reports. */
  public List<Policy> policiesOn(Element element) {
    return cache.computeIfAbsent(element, this::read);
  }

  private List<Policy> read(Element element) {
    List<Policy> policies = new ArrayList<>();
    for (AnnotationMirror written : element.getAnnotationMirrors()) {
      if (Annotations.is(written, CROSS_ORIGIN)) {
        policies.add(policy(new PolicySite(element, written, written, null)));
      } else {
        TypeElement type = (TypeElement) written.getAnnotationType().asElement();
        // @GET, @Path, @Produces...: each annotation type is looked into once per round.
        Optional<AnnotationMirror> meta = composed.computeIfAbsent(type,
            t -> Annotations.find(t, CROSS_ORIGIN));
        if (meta.isPresent()) {
          policies.add(policy(new PolicySite(element, written, meta.get(), type)));
        }
      }
    }
    return List.copyOf(policies);
  }

  private Policy policy(PolicySite site) {
    Map<String, AnnotationValue> m = Annotations.values(elements, site.crossOrigin());
    AnnotationValue credentials = attributeValue(m, "allowCredentials");
    AnnotationValue maxAge = attributeValue(m, "maxAge");
    AnnotationValue privateNetwork = attributeValue(m, "allowPrivateNetwork");
    String declaredOn = declaredOn(site);
    String source = lines.of(site.element(), site.written());
    return new Policy(
        site,
        declaredOn,
        source != null ? source : earlierLines.apply(declaredOn),
        attribute(m, "origins"),
        attribute(m, "originPatterns"),
        attribute(m, "methods"),
        attribute(m, "allowedHeaders"),
        attribute(m, "exposedHeaders"),
        (Boolean) credentials.getValue(),
        credentials,
        ((Number) maxAge.getValue()).longValue(),
        maxAge,
        (Boolean) privateNetwork.getValue());
  }

  private static AnnotationValue attributeValue(Map<String, AnnotationValue> values,
      String name) {
    AnnotationValue value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("@CrossOrigin has no attribute " + name);
    }
    return value;
  }

  private Attribute attribute(Map<String, AnnotationValue> mirror, String name) {
    AnnotationValue whole = attributeValue(mirror, name);
    List<String> values = new ArrayList<>();
    List<AnnotationValue> positions = new ArrayList<>();
    for (AnnotationValue v : Annotations.arrayOf(whole)) {
      values.add((String) v.getValue());
      positions.add(v);
    }
    return new Attribute(name, whole, values, positions);
  }

  /** {@code org.x.Users}, {@code org.x.Users#delete}, {@code package org.x}, plus the composed type. */
  static String declaredOn(PolicySite site) {
    String where = describe(site.element());
    return site.isComposed() ? where + " (@" + site.composedBy().getSimpleName() + ")" : where;
  }

  public static String describe(Element element) {
    if (element instanceof PackageElement pkg) {
      return "package " + pkg.getQualifiedName();
    }
    if (element.getKind() == ElementKind.METHOD) {
      return ((QualifiedNameable) element.getEnclosingElement()).getQualifiedName() + "#"
          + ((ExecutableElement) element).getSimpleName();
    }
    return ((QualifiedNameable) element).getQualifiedName().toString();
  }
}
