package org.corsroutes.differential.compare;

/**
 * Why Jersey and RESTEasy route one request differently: one class per mechanism, each found
 * in their matching code and named after it.
 */
public enum Cause {
  MATRIX("Matrix parameters",
      "The request differs only by matrix parameters; without them both agree."),
  ENCODED_SLASH("Encoded slash (%2F)",
      "The request differs only by a %2F; with a plain slash both agree."),
  PERCENT_ENCODING("Percent-encoded unreserved character",
      "The request differs only by a percent-encoded letter or digit; decoded, both agree."),
  EMPTY_SEGMENT("Empty segment (//)",
      "The request differs only by an empty segment; without it both agree."),
  TRAILING_SLASH("Trailing slash in the request",
      "The request differs only by a trailing slash; without it both agree."),
  ORDER_DEPENDENT("RESTEasy picks arbitrarily between templates it ranks equal",
      "RESTEasy gives Jersey's answer when the set is registered in the opposite order."),
  TRAILING_SLASH_RANK("A trailing slash in @Path counts as a literal character in Jersey",
      "With the trailing slashes taken off the set's @Path values, both agree."),
  SLASH_METHOD_PATH("@Path(\"/\") on a resource method",
      "With @Path(\"/\") and @Path(\"\") taken off resource methods, both agree."),
  ROOT_WITHOUT_SUBRESOURCES("Jersey passes over a root class that has no sub-resources",
      "With a sub-resource method added to every root class, both agree."),
  LOCATOR_ENDS_FALLBACK("Locators: they end Jersey's search for the HTTP method, and RESTEasy"
      + " ranks them by their full template", "With the set's locators taken away, both agree."),
  HEAD("HEAD", "One side runs an explicit @HEAD method, the other a GET method."),
  VARIABLE_COUNT("RESTEasy does not rank templates by their number of variables",
      "Two templates of equal literal length and regex count but different variable counts."),
  GREEDY_CLASS_MATCH("A class or locator template that spans segments",
      "With {p: .+} in class and locator templates made {p: [^/]+}, both agree."),
  UNCLASSIFIED("Unclassified", "No rule explains it yet: read the example.");

  public final String title;
  public final String rule;

  Cause(String title, String rule) {
    this.title = title;
    this.rule = rule;
  }

  /** Why, from Jersey's and RESTEasy's matching code. */
  public String why() {
    return switch (this) {
      case MATRIX -> "Both strip matrix parameters before matching, differently. Jersey"
          + " (SingleMatchResult.stripMatrixParams) cuts each ';...' up to the next '/', and its"
          + " closed patterns accept a trailing slash. RESTEasy (ResteasyUriInfo.doProcessPath)"
          + " rebuilds the matching path from its parsed segments and, when there were matrix"
          + " parameters, keeps the trailing slash it otherwise drops: 'users/;x' is 'users/'"
          + " to it, which its class pattern 'users(/.+)?' does not match.";
      case ENCODED_SLASH, PERCENT_ENCODING -> "Both match the still-encoded path (Jersey:"
          + " getPath(false) in MatchResultInitializerRouter; RESTEasy: getMatchingPath(), the"
          + " encoded path without matrix parameters), so 'us%65rs' is not 'users' and '%2F' is"
          + " no separator to either; the encoded form sends them down different templates"
          + " whose own ranking differs.";
      case EMPTY_SEGMENT -> "Jersey matches '/' + the path as is: '//' has an empty first"
          + " segment that no template of a root class at \"/\" matches (closed pattern"
          + " '(/)?'). RESTEasy drops one trailing slash first, so '//' becomes '/', and its"
          + " class match skips one leading slash (ClassNode.match), so a regex template can"
          + " swallow the empty segment.";
      case TRAILING_SLASH -> "Jersey's closed patterns accept one trailing slash ('(/)?');"
          + " RESTEasy strips one trailing slash from the matching path, but not when the path"
          + " has matrix parameters (ResteasyUriInfo.doProcessPath).";
      case ORDER_DEPENDENT -> "RESTEasy sorts candidate templates by literal characters, then"
          + " regex variables (Expression.compareTo: its number-of-variables key,"
          + " numCapturingGroups, is never assigned), and the sort is stable: templates it"
          + " ranks equal stay in registration order, which for a class's methods is"
          + " Class.getMethods() order (ResourceBuilder.fromAnnotations), not fixed by the JVM."
          + " Jersey ranks by literal characters, then variables, then regex variables"
          + " (UriTemplate.COMPARATOR), then methods before locators and the regex string"
          + " (RuntimeResource.COMPARATOR): deterministic.";
      case VARIABLE_COUNT -> "As above, RESTEasy does not count variables; here its tie is"
          + " broken by the order ClassNode.potentials collects candidates (templates under a"
          + " longer literal prefix first), so its answer is stable but not Jersey's.";
      case TRAILING_SLASH_RANK -> "Jersey's template keeps the trailing '/' of"
          + " @Path(\"{id}/\") and counts it as a literal character"
          + " (UriTemplate.getNumberOfExplicitCharacters), so \"{id}/\" ranks with \"b\" and,"
          + " having a variable, above it; its regex drops that slash"
          + " (PathPattern.postfixWithCapturingGroup), so only the order changes. RESTEasy trims"
          + " leading and trailing slashes before ranking (RootClassNode.addInvoker,"
          + " RootNode.addExpression).";
      case SLASH_METHOD_PATH -> "In Jersey a method with @Path(\"/\") (or \"\") is a"
          + " sub-resource method, behind the class's open route; when the class's own"
          + " resource methods match the path but not the HTTP method, PathMatchingRouter takes"
          + " that candidate as soon as the open route (no HTTP methods: treated as a locator)"
          + " matches, and answers 405. RESTEasy joins class and method paths, so @Path(\"/\")"
          + " is the class's own template and the method is found.";
      case ROOT_WITHOUT_SUBRESOURCES -> "Jersey gives each root resource a closed route"
          + " (its resource methods, '(/)?') and an open route ('(/.*)?') only when it has"
          + " sub-resource methods or locators (RuntimeModelBuilder.buildModel). So a root"
          + " class without sub-resources never matches a longer path, and where it matches"
          + " the path but not the HTTP method, PathMatchingRouter keeps it as a candidate and"
          + " tries the next root classes for the method (designatorMatch). RESTEasy chooses"
          + " the class by its template plus '(/.+)?' (ClassExpression) and commits to it"
          + " (ClassNode.match): 404 or 405 inside it.";
      case LOCATOR_ENDS_FALLBACK -> "Jersey's PathMatchingRouter remembers the first route"
          + " whose path matched but whose HTTP methods did not, and the first matching locator"
          + " after it ends the search with that candidate: 405. RESTEasy's SegmentNode.match"
          + " skips locators once any resource method matched the path, and filters all"
          + " matching resource methods by HTTP method, so a lower-ranked template that has"
          + " the method wins. And RESTEasy ranks a locator by its full template (class and"
          + " locator path, RootNode.addExpression), among the methods of every root class of"
          + " the same class regex, where Jersey has already committed to one class match.";
      case HEAD -> "Jersey lets HEAD match a route with GET while choosing the template"
          + " (PathMatchingRouter.designatorMatch), so the best template with GET wins."
          + " RESTEasy filters the matching templates by HEAD first and falls back to GET only"
          + " when none has @HEAD (SegmentNode.match), so an explicit @HEAD on a lower-ranked"
          + " template wins.";
      case GREEDY_CLASS_MATCH -> "Jersey matches the class template (and each locator's)"
          + " with its right-hand group and hands only the rest to the methods: {p: .+}"
          + " matches greedily and the split is final (PathMatchingRouter, no backtracking)."
          + " RESTEasy uses the class template only to choose the class; each method is then"
          + " matched with its full template, class and method path as one regex"
          + " (RootClassNode.addInvoker with the full path), which backtracks.";
      case UNCLASSIFIED -> "Not known yet.";
    };
  }

  static Cause of(PathFeature feature) {
    return switch (feature) {
      case MATRIX -> MATRIX;
      case ENCODED_SLASH -> ENCODED_SLASH;
      case PERCENT_ENCODING -> PERCENT_ENCODING;
      case EMPTY_SEGMENT -> EMPTY_SEGMENT;
      case TRAILING_SLASH -> TRAILING_SLASH;
    };
  }
}
