package org.corsroutes.processor.validate;

import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.PolicySite;
import org.corsroutes.runtime.OriginProblem;
import org.corsroutes.runtime.OriginRules;

/**
 * Checks one policy on its own, whatever routes use it: origins, patterns, credentials.
 * The origin syntax rules are {@link OriginRules}, the same code the runtime runs on
 * {@code ${NAME}} values at startup.
 */
public final class PolicyValidator {

  public Report validate(Policy policy) {
    Report.Builder report = Report.builder();
    PolicySite site = policy.site();
    checkOrigins(policy.origins(), policy, report);
    checkPatterns(policy.originPatterns(), site, report);
    if (policy.allowCredentials() && policy.allowsAnyOrigin()) {
      boolean implied = policy.origins().isEmpty();
      report.add(Diagnostic.WILDCARD_WITH_CREDENTIALS, site,
          implied ? policy.allowCredentialsValue() : policy.origins().positionOf("*"),
          implied ? " (implied by @CrossOrigin without origins or originPatterns)" : "");
    }
    return report.build();
  }

  private void checkOrigins(Attribute origins, Policy policy, Report.Builder report) {
    PolicySite site = policy.site();
    boolean others = origins.values().size() > 1 || !policy.originPatterns().isEmpty();
    for (int i = 0; i < origins.values().size(); i++) {
      String origin = origins.values().get(i);
      var position = origins.positions().get(i);
      if (origin.equals("*")) {
        if (others) {
          report.add(Diagnostic.WILDCARD_MIXED, site, position);
        }
      } else if (Placeholders.isPlaceholder(origin)) {
        if (!Placeholders.hasValidName(origin)) {
          report.add(Diagnostic.INVALID_ORIGIN, site, position, origin,
              "is not a valid placeholder", "write \"${NAME}\" with NAME made of letters,"
                  + " digits, '_' and '.'");
        }
      } else {
        OriginProblem problem = OriginRules.checkOrigin(origin);
        if (problem == OriginProblem.NULL_ORIGIN) {
          report.add(Diagnostic.NULL_ORIGIN, site, position);
        } else if (problem != null) {
          report.add(Diagnostic.INVALID_ORIGIN, site, position, origin, problem.reason(),
              problem.fix());
        }
      }
    }
  }

  private void checkPatterns(Attribute patterns, PolicySite site, Report.Builder report) {
    for (int i = 0; i < patterns.values().size(); i++) {
      String pattern = patterns.values().get(i);
      OriginProblem problem = OriginRules.checkPattern(pattern);
      if (problem != null) {
        report.add(Diagnostic.INVALID_ORIGIN_PATTERN, site, patterns.positions().get(i), pattern,
            problem.reason(), problem.fix());
      }
    }
  }
}
