package org.corsroutes.processor.validate;

import com.google.common.net.InternetDomainName;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;
import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.PolicySite;
import org.corsroutes.runtime.OriginProblem;
import org.corsroutes.runtime.OriginRules;

/**
 * Checks one policy on its own, whatever routes use it: origins, patterns, credentials, maxAge,
 * and (through {@link NameListValidator}) the method and header lists. The origin syntax rules
 * are {@link OriginRules}, the same code the runtime runs on {@code ${NAME}} values at startup.
 */
public final class PolicyValidator {
  /** Chromium's cap on Access-Control-Max-Age, in seconds. */
  static final long CHROMIUM_MAX_AGE = 7200;
  /** Firefox's cap on Access-Control-Max-Age, in seconds. */
  static final long FIREFOX_MAX_AGE = 86400;

  private final boolean allowInsecureOrigins;
  private final NameListValidator names = new NameListValidator();
  /** The same few pattern domains recur on every resource of an application. */
  private final java.util.Map<String, Boolean> publicSuffixes = new java.util.HashMap<>();

  /**
   * @param allowInsecureOrigins {@code -Acors.allowInsecureOrigins=true}: plain-http origins
   *     with credentials are a warning, not an error
   */
  public PolicyValidator(boolean allowInsecureOrigins) {
    this.allowInsecureOrigins = allowInsecureOrigins;
  }

  public Report validate(Policy policy) {
    Report.Builder report = Report.builder();
    PolicySite site = policy.site();
    checkOrigins(policy.origins(), policy, report);
    checkPatterns(policy.originPatterns(), policy, report);
    if (policy.allowCredentials() && policy.allowsAnyOrigin()) {
      boolean implied = policy.origins().isEmpty();
      report.add(Diagnostic.WILDCARD_WITH_CREDENTIALS, site,
          implied ? policy.allowCredentialsValue() : policy.origins().positionOf("*"),
          implied ? " (implied by @CrossOrigin without origins or originPatterns)" : "");
    }
    names.validate(policy, report);
    checkMaxAge(policy, report);
    return report.build();
  }

  private void checkOrigins(Attribute origins, Policy policy, Report.Builder report) {
    PolicySite site = policy.site();
    boolean others = origins.values().size() > 1 || !policy.originPatterns().isEmpty();
    boolean[] fresh = ListShape.check(origins, false, site, report);
    for (int i = 0; i < origins.values().size(); i++) {
      String origin = origins.values().get(i);
      var position = origins.positions().get(i);
      if (!fresh[i]) {
        continue;
      }
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
              problem.fix(origin, false));
        } else {
          checkInsecure("origin", origin, policy, position, report);
        }
      }
    }
  }

  private void checkPatterns(Attribute patterns, Policy policy, Report.Builder report) {
    PolicySite site = policy.site();
    boolean[] fresh = ListShape.check(patterns, false, site, report);
    for (int i = 0; i < patterns.values().size(); i++) {
      String pattern = patterns.values().get(i);
      var position = patterns.positions().get(i);
      if (!fresh[i]) {
        continue;
      }
      OriginProblem problem = OriginRules.checkPattern(pattern);
      if (problem != null) {
        report.add(Diagnostic.INVALID_ORIGIN_PATTERN, site, position, pattern,
            problem.reason(), problem.fix(pattern, true));
        continue;
      }
      String domain = OriginRules.patternDomain(pattern);
      if (domain != null && publicSuffixes.computeIfAbsent(domain,
          PolicyValidator::isPublicSuffix)) {
        report.add(Diagnostic.PUBLIC_SUFFIX_PATTERN, site, position, pattern, domain);
        continue;
      }
      checkInsecure("origin pattern", pattern, policy, position, report);
      if (domain != null && policy.allowCredentials() && !OriginRules.isLoopback(pattern)) {
        report.add(Diagnostic.WILDCARD_PATTERN_WITH_CREDENTIALS, site, position, pattern,
            domain);
      }
    }
  }

  /**
   * Whether the Public Suffix List names {@code domain} as a suffix, ICANN ({@code com},
   * {@code co.uk}) or private ({@code github.io}): {@code isPublicSuffix()} covers both, while
   * {@code isRegistrySuffix()} would let {@code *.github.io} through.
   */
  static boolean isPublicSuffix(String domain) {
    return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
  }

  /** Plain http with credentials, outside loopback: an error, or a warning when allowed. */
  private void checkInsecure(String what, String origin, Policy policy, AnnotationValue position,
      Report.Builder report) {
    if (policy.allowCredentials() && OriginRules.isInsecure(origin)) {
      report.add(Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS,
          allowInsecureOrigins ? Kind.WARNING : Kind.ERROR, policy.site(), position, what, origin,
          allowInsecureOrigins ? " (a warning because -Acors.allowInsecureOrigins=true)" : "");
    }
  }

  private void checkMaxAge(Policy policy, Report.Builder report) {
    long maxAge = policy.maxAge();
    if (maxAge < -1) {
      report.add(Diagnostic.INVALID_MAX_AGE, policy.site(), policy.maxAgeValue(), maxAge);
    } else if (maxAge > FIREFOX_MAX_AGE) {
      report.add(Diagnostic.MAX_AGE_ABOVE_CAP, policy.site(), policy.maxAgeValue(), maxAge,
          "Firefox's cap of 86400 and Chromium's of 7200");
    } else if (maxAge > CHROMIUM_MAX_AGE) {
      report.add(Diagnostic.MAX_AGE_ABOVE_CAP, policy.site(), policy.maxAgeValue(), maxAge,
          "Chromium's cap of 7200");
    }
  }
}
