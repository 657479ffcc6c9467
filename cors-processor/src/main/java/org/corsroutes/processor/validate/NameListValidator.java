package org.corsroutes.processor.validate;

import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.HttpMethods;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.PolicySite;
import org.corsroutes.runtime.OriginRules;

/**
 * Checks the name lists of one policy, {@code methods}, {@code allowedHeaders} and
 * {@code exposedHeaders}, against RFC 9110 token syntax and the Fetch standard's lists
 * ({@link MethodRules}, {@link HeaderRules}).
 */
final class NameListValidator {

  void validate(Policy policy, Report.Builder report) {
    checkMethods(policy, report);
    checkAllowedHeaders(policy, report);
    checkExposedHeaders(policy, report);
  }

  private void checkMethods(Policy policy, Report.Builder report) {
    Attribute methods = policy.methods();
    PolicySite site = policy.site();
    boolean[] fresh = ListShape.check(methods, false, site, report);
    for (int i = 0; i < fresh.length; i++) {
      String method = methods.values().get(i);
      var position = methods.positions().get(i);
      if (!fresh[i] || !token(method, "method", site, position, report)
          || wildcardWithCredentials(policy, methods, method, "methods", "methods = {\"GET\","
              + " \"POST\"}", report)) {
        continue;
      }
      String upper = MethodRules.standardSpelling(method);
      if (upper != null) {
        report.add(Diagnostic.LOWERCASE_METHOD, site, position, method, method, upper);
      } else if (HttpMethods.isForbidden(method)) {
        report.add(Diagnostic.FORBIDDEN_METHOD, site, position, method);
      }
    }
  }

  private void checkAllowedHeaders(Policy policy, Report.Builder report) {
    Attribute headers = policy.allowedHeaders();
    PolicySite site = policy.site();
    boolean[] fresh = ListShape.check(headers, true, site, report);
    for (int i = 0; i < fresh.length; i++) {
      String header = headers.values().get(i);
      var position = headers.positions().get(i);
      if (!fresh[i] || !token(header, "allowed header", site, position, report)
          || wildcardWithCredentials(policy, headers, header, "headers",
              "allowedHeaders = {\"Authorization\", \"Content-Type\"}", report)) {
        continue;
      }
      if (header.equals("*")) {
        if (headers.values().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
          report.add(Diagnostic.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION, site, position);
        }
      } else if (HeaderRules.isForbiddenRequestHeader(header)) {
        report.add(Diagnostic.FORBIDDEN_REQUEST_HEADER, site, position, header);
      }
    }
  }

  private void checkExposedHeaders(Policy policy, Report.Builder report) {
    Attribute headers = policy.exposedHeaders();
    PolicySite site = policy.site();
    boolean[] fresh = ListShape.check(headers, true, site, report);
    for (int i = 0; i < fresh.length; i++) {
      String header = headers.values().get(i);
      var position = headers.positions().get(i);
      if (!fresh[i] || !token(header, "exposed header", site, position, report)
          || wildcardWithCredentials(policy, headers, header, "headers",
              "exposedHeaders = \"X-Request-Id\"", report)) {
        continue;
      }
      if (HeaderRules.isForbiddenResponseHeader(header)) {
        report.add(Diagnostic.FORBIDDEN_RESPONSE_HEADER, site, position, header);
      } else if (HeaderRules.isSafelistedResponseHeader(header)) {
        report.add(Diagnostic.SAFELISTED_EXPOSED_HEADER, site, position, header);
      }
    }
  }

  /** Whether {@code name} is a token; reports it when not. */
  private static boolean token(String name, String what, PolicySite site,
      javax.lang.model.element.AnnotationValue position, Report.Builder report) {
    if (OriginRules.isToken(name)) {
      return true;
    }
    report.add(Diagnostic.INVALID_TOKEN, site, position, what, name);
    return false;
  }

  /** Whether {@code name} is a {@code "*"} the policy's credentials turn literal; reports it. */
  private static boolean wildcardWithCredentials(Policy policy, Attribute list, String name,
      String what, String example, Report.Builder report) {
    if (!name.equals("*") || !policy.allowCredentials()) {
      return false;
    }
    report.add(Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, policy.site(),
        list.positions().get(list.values().indexOf(name)), list.name(), what, example);
    return true;
  }
}
