package org.corsroutes.processor.validate;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.NOTE;
import static javax.tools.Diagnostic.Kind.WARNING;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports: a stable id, its kind, and its message. A message
 * says what is wrong, why (the spec's reason, in one clause), and how to fix it. Adding a rule
 * is one constant here, one check in a validator, and one test.
 */
public enum Diagnostic {
  WILDCARD_WITH_CREDENTIALS(ERROR, "CorsWildcardWithCredentials",
      "allowCredentials = true with origin \"*\"%s: the Fetch standard forbids the wildcard"
          + " origin on credentialed responses, so browsers would block every request. List the"
          + " origins, e.g. origins = \"https://app.example.com\", or set allowCredentials = false"),
  INVALID_ORIGIN(ERROR, "CorsInvalidOrigin",
      "origin \"%s\" %s, so it can never equal a browser's Origin header. Fix: %s"),
  NULL_ORIGIN(ERROR, "CorsNullOrigin",
      "origin \"null\" is shared by sandboxed iframes, file: pages and redirected requests, so"
          + " allowing it lets any of them in. Remove it and serve the calling page from a real"
          + " origin"),
  WILDCARD_MIXED(ERROR, "CorsWildcardMixed",
      "origin \"*\" together with other origins or patterns: \"*\" already allows every origin,"
          + " so the list says two things at once. Use origins = \"*\" alone, or list the origins"),
  INVALID_ORIGIN_PATTERN(ERROR, "CorsInvalidOriginPattern",
      "origin pattern \"%s\" %s. Fix: %s"),
  PUBLIC_SUFFIX_PATTERN(ERROR, "CorsPublicSuffixPattern",
      "origin pattern \"%s\" allows every site under \"%s\", a public suffix: anyone can"
          + " register a name there and get a matching origin. Name a domain you own, e.g."
          + " \"https://*.example.com\""),
  WILDCARD_LIST_WITH_CREDENTIALS(ERROR, "CorsWildcardListWithCredentials",
      "%s = \"*\" with allowCredentials = true: on credentialed requests the Fetch standard"
          + " reads \"*\" as a literal name, not a wildcard, so it allows nothing. List the %s,"
          + " e.g. %s"),
  INSECURE_ORIGIN_WITH_CREDENTIALS(ERROR, "CorsInsecureOriginWithCredentials",
      "%s \"%s\" is plain http with allowCredentials = true: anyone on the network path can"
          + " inject script into that page and send credentialed requests as it. Use https, or"
          + " pass -Acors.allowInsecureOrigins=true in a development build%s"),
  EMPTY_VALUE(ERROR, "CorsEmptyValue",
      "%s contains an empty string: it names nothing a browser could send or match. Remove it"),
  INVALID_TOKEN(ERROR, "CorsInvalidToken",
      "%s \"%s\" is not an RFC 9110 token: method and header names are tokens (letters, digits"
          + " and !#$%%&'*+-.^_`|~), so browsers never send a name like this. Write one bare name"
          + " per array element"),
  LOWERCASE_METHOD(ERROR, "CorsLowercaseMethod",
      "method \"%s\" is not upper case: methods are case-sensitive and browsers upper-case the"
          + " standard ones, so \"%s\" never matches a request. Write \"%s\""),
  FORBIDDEN_METHOD(ERROR, "CorsForbiddenMethod",
      "method \"%s\" is a forbidden method in the Fetch standard: browsers refuse to send it,"
          + " so allowing it only advertises a risky endpoint. Remove it"),
  INVALID_MAX_AGE(ERROR, "CorsInvalidMaxAge",
      "maxAge = %d is below -1: Access-Control-Max-Age must be a number of seconds, so browsers"
          + " would ignore it. Use -1 (no header), 0 (no caching) or a number of seconds"),
  METHOD_NOT_SERVED(ERROR, "CorsMethodNotServed",
      "method \"%s\" is allowed, but the routes of %s serve only %s: the preflight would"
          + " promise a method the server answers with 405. Remove it, or add a resource method"
          + " for it"),
  NOT_ON_RESOURCE(ERROR, "CorsNotOnResource",
      "@%s on %s, which %s: a policy applies only to JAX-RS routes, so this one would apply to"
          + " nothing. Move it to a resource class or resource method"),
  MULTIPLE_POLICIES(ERROR, "CorsMultiplePolicies",
      "%s carries two CORS policies (%s): nearest-wins needs exactly one per element. Keep one"),
  CONFLICTING_POLICIES(ERROR, "CorsConflictingPolicies",
      "%s %s gets two different CORS policies, from %s and from %s: a preflight can only be"
          + " answered one way. Make the policies equal or give the routes different paths"),
  USER_OPTIONS_METHOD(WARNING, "CorsUserOptionsMethod",
      "%s handles OPTIONS on %s, a route with a CORS policy: CorsFeature answers preflights"
          + " before resource matching, so this method only receives OPTIONS requests that are"
          + " not preflights. Keep it for plain OPTIONS, or remove it if it was meant to answer"
          + " preflights"),
  WILDCARD_PATTERN_WITH_CREDENTIALS(WARNING, "CorsWildcardPatternWithCredentials",
      "origin pattern \"%s\" with allowCredentials = true: every subdomain of %s, including a"
          + " forgotten or user-hosted one, can read credentialed responses. List the origins,"
          + " or make sure every subdomain is trusted"),
  MAX_AGE_ABOVE_CAP(WARNING, "CorsMaxAgeAboveCap",
      "maxAge = %d is above %s: browsers silently cap the preflight cache, so the value"
          + " promises caching no browser gives. Use 7200 or less"),
  FORBIDDEN_REQUEST_HEADER(WARNING, "CorsForbiddenRequestHeader",
      "allowedHeaders lists \"%s\", a forbidden request header in the Fetch standard: only"
          + " the browser sets it, never a script, so allowing it has no effect. Remove it"),
  FORBIDDEN_RESPONSE_HEADER(WARNING, "CorsForbiddenResponseHeader",
      "exposedHeaders lists \"%s\", a forbidden response header in the Fetch standard:"
          + " browsers never let scripts read it, whatever the server exposes. Remove it"),
  SAFELISTED_EXPOSED_HEADER(WARNING, "CorsSafelistedExposedHeader",
      "exposedHeaders lists \"%s\", a CORS-safelisted response header: scripts can always"
          + " read it, so exposing it is redundant. Remove it"),
  DUPLICATE_VALUE(WARNING, "CorsDuplicateValue",
      "%s lists \"%s\" more than once%s: the repeat has no effect and is often a typo for"
          + " another value. Remove the duplicate"),
  WILDCARD_HEADERS_WITHOUT_AUTHORIZATION(WARNING, "CorsWildcardHeadersWithoutAuthorization",
      "allowedHeaders = \"*\" does not cover Authorization: the Fetch standard keeps it out"
          + " of the wildcard, so requests that send it fail their preflight. Add"
          + " \"Authorization\" to allowedHeaders"),
  UNFOLLOWED_LOCATOR(WARNING, "CorsUnfollowedLocator",
      "sub-resource locator %s returns %s, so the resource class JAX-RS routes to below it is"
          + " known only at run time: requests below it get no CORS policy, and preflights there"
          + " are not answered. Where the class is known, say so in the return type (the class,"
          + " Class<? extends TheClass>, or a type variable bounded by it); where it is chosen at"
          + " run time, add @SuppressWarnings(\"CorsUnfollowedLocator\") to the locator"),
  UNRESOLVED_TYPE(ERROR, "CorsUnresolvedType",
      "%s still refers to types that do not exist when processing is over, so its CORS routes"
          + " cannot be generated. Fix the compile errors about missing types"),
  TABLE_NAME_CLASH(ERROR, "CorsTableNameClash",
      "the route table of %s would be %s, %s, so one would overwrite the other. Rename one of"
          + " the two classes"),
  WRITE_FAILED(ERROR, "CorsWriteFailed",
      "could not write %s: %s. Check that the class and generated-source output directories are"
          + " writable and have space, and that no other processor writes this file"),
  INVALID_OPTION(ERROR, "CorsInvalidOption",
      "-A%s %s: the processor cannot guess what was meant. Use %s"),
  // The baseline gate (-Acors.baseline): each way a route can widen has its own id. Arguments:
  // the route, the baseline file, what changed (before -> after), how to accept it.
  BASELINE_NEW_ORIGIN(ERROR, "CorsBaselineNewOrigin",
      "%s allows an origin the baseline %s does not: %s. Pages on that origin can now call the"
          + " route and read its responses. %s"),
  BASELINE_ANY_ORIGIN(ERROR, "CorsBaselineAnyOrigin",
      "%s is open to every origin (\"*\"), the baseline %s lists origins: %s. Any page on the"
          + " web can now read its responses. %s"),
  BASELINE_CREDENTIALS(ERROR, "CorsBaselineCredentials",
      "%s turns credentials on, off in the baseline %s: %s. The origins it allows can now read"
          + " responses to requests sent with the user's cookies. %s"),
  BASELINE_NEW_METHOD(ERROR, "CorsBaselineNewMethod",
      "%s allows a method the baseline %s does not: %s. Pages on its origins can now send it."
          + " %s"),
  BASELINE_NEW_HEADER(ERROR, "CorsBaselineNewHeader",
      "%s allows or exposes a header the baseline %s does not: %s. Pages on its origins can now"
          + " send or read it. %s"),
  BASELINE_ANY_REQUEST_HEADER(ERROR, "CorsBaselineAnyRequestHeader",
      "%s now allows whatever request headers a preflight asks for, the baseline %s lists"
          + " them: %s. Pages on its origins can now send any header. %s"),
  BASELINE_LONGER_MAX_AGE(ERROR, "CorsBaselineLongerMaxAge",
      "%s lets browsers cache its preflight longer than the baseline %s: %s. A later narrowing"
          + " reaches browsers that much later. %s"),
  BASELINE_PRIVATE_NETWORK(ERROR, "CorsBaselinePrivateNetwork",
      "%s turns private network access on, off in the baseline %s: %s. Public pages on its"
          + " origins can now reach it on a private network. %s"),
  BASELINE_NEW_ROUTE(ERROR, "CorsBaselineNewRoute",
      "%s is a route with a CORS policy the baseline %s does not have: %s. %s"),
  BASELINE_WIDER_POLICY(ERROR, "CorsBaselineWiderPolicy",
      "%s moves to a wider policy than in the baseline %s: %s. %s"),
  BASELINE_NARROWED(NOTE, "CorsBaselineNarrowed",
      "%s is narrower than in the baseline %s: %s. Record it with -Acors.baseline.update=true"
          + " so a later widening back is reviewed"),
  BASELINE_MISSING(ERROR, "CorsBaselineMissing",
      "the CORS baseline %s does not exist, so no route can be checked against it. Create it"
          + " from this build with -Acors.baseline.update=true (Maven: -Dcors.baseline.update=true"
          + " where the pom passes it on), review it and commit it"),
  BASELINE_MALFORMED(ERROR, "CorsBaselineMalformed",
      "the CORS baseline %s cannot be read: line %d %s. Restore it from version control, or"
          + " write it again from this build with -Acors.baseline.update=true and review the diff"),
  BASELINE_UPDATED(NOTE, "CorsBaselineUpdated",
      "wrote the CORS baseline %s from this build: %s"),
  INTERNAL_ERROR(ERROR, "CorsInternalError",
      "the CORS Routes processor failed on %s: %s. This is a bug in the processor; please"
          + " report it with this message");

  private final Kind kind;
  private final String id;
  private final String template;

  Diagnostic(Kind kind, String id, String template) {
    this.kind = kind;
    this.id = id;
    this.template = template;
  }

  public Kind kind() {
    return kind;
  }

  /** The stable id, e.g. {@code CorsWildcardWithCredentials}. */
  public String id() {
    return id;
  }

  /** The message as printed: {@code [Id] text}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(template, args);
  }
}
