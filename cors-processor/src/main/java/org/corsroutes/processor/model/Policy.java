package org.corsroutes.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @CrossOrigin} policy as written, with defaults applied. Two policies are the same
 * policy when their {@link #values()} are equal, wherever they are declared.
 *
 * @param declaredOn the element the annotation is written on, for messages and the tables
 * @param source where the annotation is written ({@code org/example/UsersResource.java:23}),
 *     or null when the compiler does not say (not javac, or an element from a class file)
 */
public record Policy(
    PolicySite site,
    String declaredOn,
    String source,
    Attribute origins,
    Attribute originPatterns,
    Attribute methods,
    Attribute allowedHeaders,
    Attribute exposedHeaders,
    boolean allowCredentials,
    AnnotationValue allowCredentialsValue,
    long maxAge,
    AnnotationValue maxAgeValue,
    boolean allowPrivateNetwork) {

  /** An empty {@code @CrossOrigin} is the public policy: any origin. */
  public List<String> effectiveOrigins() {
    return origins.isEmpty() && originPatterns.isEmpty() ? List.of("*") : origins.values();
  }

  public boolean allowsAnyOrigin() {
    return effectiveOrigins().contains("*");
  }

  /** What the policy says, independent of where it is written. */
  public Values values() {
    return new Values(effectiveOrigins(), originPatterns.values(), methods.values(),
        allowedHeaders.values(), exposedHeaders.values(), allowCredentials, maxAge,
        allowPrivateNetwork);
  }

  /** The comparable content of a policy. */
  public record Values(
      List<String> origins,
      List<String> originPatterns,
      List<String> methods,
      List<String> allowedHeaders,
      List<String> exposedHeaders,
      boolean allowCredentials,
      long maxAge,
      boolean allowPrivateNetwork) {}
}
