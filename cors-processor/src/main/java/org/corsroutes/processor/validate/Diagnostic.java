package org.corsroutes.processor.validate;

import static javax.tools.Diagnostic.Kind.ERROR;
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
  MULTIPLE_POLICIES(ERROR, "CorsMultiplePolicies",
      "%s carries two CORS policies (%s): nearest-wins needs exactly one per element. Keep one"),
  CONFLICTING_POLICIES(ERROR, "CorsConflictingPolicies",
      "%s %s gets two different CORS policies, from %s and from %s: a preflight can only be"
          + " answered one way. Make the policies equal or give the routes different paths"),
  UNFOLLOWED_LOCATOR(WARNING, "CorsUnfollowedLocator",
      "sub-resource locator %s returns %s, which has no JAX-RS resource methods the processor"
          + " can see, so its routes get no CORS policy. Return the concrete resource class"),
  UNRESOLVED_TYPE(ERROR, "CorsUnresolvedType",
      "%s still refers to types that do not exist when processing is over, so its CORS routes"
          + " cannot be generated. Fix the compile errors about missing types"),
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
