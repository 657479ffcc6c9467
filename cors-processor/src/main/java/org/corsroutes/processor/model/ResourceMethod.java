package org.corsroutes.processor.model;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A JAX-RS resource method reached from a root resource: one HTTP method on one path template.
 *
 * @param root the root resource class ({@code @Path} on the class) the route is reached from
 * @param method the Java method
 * @param httpMethod the HTTP method it serves, e.g. {@code "GET"}
 * @param template the full path template, leading slash, no trailing slash
 * @param policyScopes where a policy may come from, nearest first: the method, its class, then
 *     (for sub-resources) the locator chain, then the root class and its package
 * @param owner the resource class the method is routed in: the root, or the type a locator
 *     returns
 * @param localPath the method's own {@code @Path} as written, or null without one
 * @param chain the locators followed from the root to reach {@code owner}, outermost first
 * @param javaMethod the method's name and erased parameter types, {@code "get(long)"}, as the
 *     runtime recognises the method JAX-RS matched
 */
public record ResourceMethod(
    TypeElement root,
    ExecutableElement method,
    String httpMethod,
    String template,
    List<Element> policyScopes,
    TypeElement owner,
    String localPath,
    List<ExecutableElement> chain,
    String javaMethod) {

  public ResourceMethod {
    policyScopes = List.copyOf(policyScopes);
    chain = List.copyOf(chain);
  }

  /** {@code org.example.UsersResource#delete}, for messages and the report. */
  public String javaName() {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "#"
        + method.getSimpleName();
  }
}
