package org.corsroutes.processor.validate;

import java.util.HashMap;
import java.util.Map;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.parse.PolicyReader;

/**
 * The paths and methods of one root resource, so two methods JAX-RS can only tell apart by
 * media type ({@code @Consumes}, {@code @Produces}) cannot get two different policies: a
 * preflight does not carry the media types, so it could only be answered one way. Across
 * resource classes JAX-RS chooses the class first, and what two classes of one application
 * share is checked when the application starts.
 */
public final class RouteRegistry {
  private final Map<String, Claim> claims = new HashMap<>();

  private record Claim(String javaName, Policy.Values values, String declaredOn) {}

  void claim(Map<ResourceMethod, Policy> resolved, Report.Builder report) {
    resolved.forEach((method, policy) -> {
      String key = method.chain() + " " + method.httpMethod() + " " + shape(String.valueOf(method.localPath()));
      Claim mine = new Claim(method.javaName(), policy.values(), policy.declaredOn());
      Claim first = claims.putIfAbsent(key, mine);
      if (first != null && !first.values().equals(mine.values())) {
        report.add(Diagnostic.CONFLICTING_POLICIES, policy.site(), null, method.httpMethod(),
            method.template(), first.declaredOn() + " (" + first.javaName() + ")",
            mine.declaredOn() + " (" + PolicyReader.describe(method.method()) + ")");
      }
    });
  }

  /** The template with parameter names dropped: {@code /a/{id}} and {@code /a/{key}} are one path. */
  static String shape(String template) {
    StringBuilder out = new StringBuilder(template.length());
    int depth = 0;
    boolean inName = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && depth++ == 0) {
        out.append('{');
        inName = true;
      } else if (c == '}' && --depth == 0) {
        out.append('}');
        inName = false;
      } else if (inName && c == ':') {
        inName = false;
        out.append(':');
      } else if (!inName) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
