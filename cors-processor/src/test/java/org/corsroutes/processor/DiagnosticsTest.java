package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsroutes.processor.Compiler.compile;
import static org.corsroutes.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic id: the source triggers it, and the test checks the kind, the id and
 * the key words of the message, the file and the line (the line of the offending attribute).
 */
class DiagnosticsTest {

  /** A resource with one GET method; {@code annotation} goes on line 4, on the class. */
  private static JavaFileObject resource(String annotation) {
    return source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        annotation,
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
  }

  private static void assertError(Compilation compilation, Diagnostic d, JavaFileObject file,
      long line, String... fragments) {
    assertThat(compilation).failed();
    for (String fragment : fragments) {
      onLine(line, file, l -> assertThat(compilation).hadErrorContaining(fragment).inFile(file)
          .onLine(l));
    }
    onLine(line, file, l -> assertThat(compilation).hadErrorContaining("[" + d.id() + "]")
        .inFile(file).onLine(l));
  }

  private static void assertWarning(Compilation compilation, Diagnostic d, JavaFileObject file,
      long line, String... fragments) {
    assertThat(compilation).succeeded();
    for (String fragment : fragments) {
      onLine(line, file, l -> assertThat(compilation).hadWarningContaining(fragment).inFile(file)
          .onLine(l));
    }
    onLine(line, file, l -> assertThat(compilation).hadWarningContaining("[" + d.id() + "]")
        .inFile(file).onLine(l));
  }

  /**
   * Asserts on {@code line}; under ECJ, whose Messager places a finding on the annotation and
   * not on the attribute value (a difference listed in the README), on the line the annotation
   * holding {@code line} starts on if not there.
   */
  private static void onLine(long line, JavaFileObject file, java.util.function.LongConsumer check) {
    try {
      check.accept(line);
    } catch (AssertionError e) {
      long annotation = annotationStart(file, line);
      if (Compiler.current() != Compiler.Kind.ECJ || annotation == line) {
        throw e;
      }
      check.accept(annotation);
    }
  }

  /** The line, at or above {@code line}, where the annotation around it starts. */
  private static long annotationStart(JavaFileObject file, long line) {
    List<String> lines = GeneratedSourcesTest.contents(file).lines().toList();
    for (int l = (int) line; l >= 1; l--) {
      if (lines.get(l - 1).contains("@")) {
        return l;
      }
    }
    return line;
  }

  @Test
  @Proves(Diagnostic.WILDCARD_WITH_CREDENTIALS)
  void wildcardWithCredentials() {
    JavaFileObject file = resource("@CrossOrigin(origins = \"*\", allowCredentials = true)");
    Compilation c = compile(file);
    assertError(c, Diagnostic.WILDCARD_WITH_CREDENTIALS, file, 4,
        "allowCredentials = true with origin \"*\"", "forbids the wildcard", "List the origins");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_WITH_CREDENTIALS)
  void emptyCrossOriginImpliesWildcard() {
    JavaFileObject file = resource("@CrossOrigin(allowCredentials = true)");
    assertError(compile(file), Diagnostic.WILDCARD_WITH_CREDENTIALS, file, 4,
        "implied by @CrossOrigin without origins");
  }

  @Test
  @Proves(Diagnostic.INVALID_ORIGIN)
  void malformedOrigin() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = {",
        "    \"https://app.example.com\",",
        "    \"https://app.example.com/\"})",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INVALID_ORIGIN, file, 6,
        "origin \"https://app.example.com/\"", "Fix: remove the trailing slash");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.NULL_ORIGIN)
  void nullOrigin() {
    JavaFileObject file = resource("@CrossOrigin(origins = \"null\")");
    assertError(compile(file), Diagnostic.NULL_ORIGIN, file, 4, "sandboxed iframes");
  }

  @Test
  @Proves(Diagnostic.WILDCARD_MIXED)
  void wildcardMixedWithOrigins() {
    JavaFileObject file = resource("@CrossOrigin(origins = {\"*\", \"https://a.example.com\"})");
    assertError(compile(file), Diagnostic.WILDCARD_MIXED, file, 4, "Use origins = \"*\" alone");
  }

  @Test
  @Proves(Diagnostic.INVALID_ORIGIN_PATTERN)
  void malformedPattern() {
    JavaFileObject file = resource("@CrossOrigin(originPatterns = \"https://app.*.com\")");
    assertError(compile(file), Diagnostic.INVALID_ORIGIN_PATTERN, file, 4,
        "origin pattern \"https://app.*.com\"", "whole leftmost label");
  }

  @Test
  @Proves(Diagnostic.INVALID_ORIGIN_PATTERN)
  void patternWithoutScheme() {
    JavaFileObject file = resource("@CrossOrigin(originPatterns = \"*.example.com\")");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INVALID_ORIGIN_PATTERN, file, 4,
        "origin pattern \"*.example.com\" has no scheme; browsers send scheme://host[:port]."
            + " Fix: write \"https://*.example.com\" (or \"http://*.example.com\" for a"
            + " plain-http site)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.MULTIPLE_POLICIES)
  void twoPoliciesOnOneElement() {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\")",
        "public @interface AdminCors {}");
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = \"https://app.example.com\")",
        "@AdminCors",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "}");
    assertError(compile(admin, file), Diagnostic.MULTIPLE_POLICIES, file, 5,
        "test.Api carries two CORS policies (@CrossOrigin, @AdminCors)");
  }

  @Test
  @Proves(Diagnostic.CONFLICTING_POLICIES)
  void differentPoliciesForOnePathAndMethodToldApartByMediaTypeOnly() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://a.example.com\")",
        "@Path(\"/api\")",
        "public class Api {",
        "  @POST @Path(\"{id}\") @Consumes(\"application/json\")",
        "  public String json(String body) { return \"\"; }",
        "  @POST @Path(\"{key}\") @Consumes(\"text/plain\")",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://b.example.com\")",
        "  public String text(String body) { return \"\"; }",
        "}");
    assertError(compile(file), Diagnostic.CONFLICTING_POLICIES, file, 9,
        "POST /api/{key} gets two different CORS policies", "test.Api", "test.Api#text");
  }

  @Test
  void samePathInTwoClassesIsDecidedByJaxRsNotAConflict() {
    JavaFileObject first = source("test.First",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://a.example.com\")",
        "@Path(\"/api/{id}\")",
        "public class First {",
        "  @GET public String get() { return \"\"; }",
        "}");
    JavaFileObject second = source("test.Second",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/api\")",
        "public class Second {",
        "  @GET @Path(\"{key}\")",
        "  @org.corsroutes.annotation.CrossOrigin(origins = \"https://b.example.com\")",
        "  public String get() { return \"\"; }",
        "}");
    assertThat(compile(first, second)).succeededWithoutWarnings();
  }

  @Test
  @Proves(Diagnostic.UNFOLLOWED_LOCATOR)
  void locatorReturningObject() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"more\") public Object more() { return null; }",
        "}");
    assertWarning(compile(file), Diagnostic.UNFOLLOWED_LOCATOR, file, 7,
        "test.Api#more returns java.lang.Object", "known only at run time",
        "preflights there are not answered", "Class<? extends TheClass>",
        "add @SuppressWarnings(\"CorsUnfollowedLocator\") to the locator");
  }

  @Test
  @Proves(Diagnostic.UNFOLLOWED_LOCATOR)
  void locatorReturningAnyClass() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @Path(\"more\") public Class<?> more() { return null; }",
        "  @Path(\"raw\") @SuppressWarnings(\"rawtypes\") public Class raw() { return null; }",
        "  @Path(\"any\") public <T> T any() { return null; }",
        "}");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.UNFOLLOWED_LOCATOR, file, 7,
        "test.Api#more returns java.lang.Class<?>");
    assertWarning(c, Diagnostic.UNFOLLOWED_LOCATOR, file, 8, "test.Api#raw returns java.lang.Class");
    assertWarning(c, Diagnostic.UNFOLLOWED_LOCATOR, file, 9, "test.Api#any returns T");
    assertThat(c).hadWarningCount(3);
  }

  @Test
  void unfollowedLocatorWarningIsSuppressedWhereTheCodeSaysItIsIntended() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @SuppressWarnings(\"CorsUnfollowedLocator\")",
        "  @Path(\"more\") public Object more() { return null; }",
        "  @SuppressWarnings({\"unchecked\", \"CorsUnfollowedLocator\"})",
        "  @Path(\"other\") public Object other() { return null; }",
        "}");
    assertThat(compile(List.of("-Acors.warningsAsErrors=true"), file)).succeededWithoutWarnings();
  }

  @Test
  @Proves(Diagnostic.UNRESOLVED_TYPE)
  void typeMissingWhenProcessingIsOver() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin",
        "@Path(\"/api\")",
        "public class Api {",
        "  @Path(\"more\") public Missing more() { return null; }",
        "}");
    Compilation c = compile(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsUnresolvedType] test.Api still refers to types")
        .inFile(file).onLine(5);
  }

  /** A resource serving GET and POST on /api; the policy's lines start at line 4. */
  private static JavaFileObject resourceLines(String... policy) {
    List<String> lines = new java.util.ArrayList<>(List.of("package test;",
        "import jakarta.ws.rs.*;", "import org.corsroutes.annotation.CrossOrigin;"));
    lines.addAll(List.of(policy));
    lines.addAll(List.of("@Path(\"/api\")", "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @POST public String post(String body) { return body; }", "}"));
    return source("test.Api", lines.toArray(String[]::new));
  }

  @Test
  @Proves(Diagnostic.PUBLIC_SUFFIX_PATTERN)
  void patternOverAPublicSuffix() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(originPatterns = {",
        "    \"https://*.com\",",
        "    \"https://*.co.uk\",",
        "    \"https://*.github.io\",",
        "    \"https://*.example.github.io\"})");
    Compilation c = compile(file);
    assertError(c, Diagnostic.PUBLIC_SUFFIX_PATTERN, file, 5,
        "origin pattern \"https://*.com\" allows every site under \"com\", a public suffix",
        "Name a domain you own");
    assertError(c, Diagnostic.PUBLIC_SUFFIX_PATTERN, file, 6, "\"https://*.co.uk\"");
    assertError(c, Diagnostic.PUBLIC_SUFFIX_PATTERN, file, 7, "under \"github.io\"");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS)
  void wildcardListsWithCredentials() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(origins = \"https://app.example.com\", allowCredentials = true,",
        "    methods = \"*\",",
        "    allowedHeaders = \"*\",",
        "    exposedHeaders = \"*\")");
    Compilation c = compile(file);
    assertError(c, Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, file, 5,
        "methods = \"*\" with allowCredentials = true", "reads \"*\" as a literal name",
        "List the methods");
    assertError(c, Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, file, 6,
        "allowedHeaders = \"*\" with allowCredentials = true", "List the headers");
    assertError(c, Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, file, 7,
        "exposedHeaders = \"*\" with allowCredentials = true");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  @Proves(Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS)
  void plainHttpWithCredentials() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(allowCredentials = true, origins = {",
        "    \"http://app.example.com\",",
        "    \"http://localhost:3000\",",
        "    \"http://127.0.0.1:8080\"},",
        "    originPatterns = \"http://*.example.com:*\")");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS, file, 5,
        "origin \"http://app.example.com\" is plain http with allowCredentials = true",
        "Use https, or pass -Acors.allowInsecureOrigins=true");
    assertError(c, Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS, file, 8,
        "origin pattern \"http://*.example.com:*\" is plain http");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  @Proves(Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS)
  void plainHttpWithCredentialsIsAWarningWhenAllowed() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(allowCredentials = true, origins = \"http://app.example.com\")");
    Compilation c = compile(List.of("-Acors.allowInsecureOrigins=true"), file);
    assertWarning(c, Diagnostic.INSECURE_ORIGIN_WITH_CREDENTIALS, file, 4,
        "\"http://app.example.com\" is plain http",
        "(a warning because -Acors.allowInsecureOrigins=true)");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.EMPTY_VALUE)
  void emptyStringInAList() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(origins = \"https://app.example.com\",",
        "    methods = {\"GET\", \"\"})");
    Compilation c = compile(file);
    assertError(c, Diagnostic.EMPTY_VALUE, file, 5, "methods contains an empty string",
        "Remove it");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.INVALID_TOKEN)
  void headerAndMethodNamesMustBeTokens() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(",
        "    methods = \"GET POST\",",
        "    allowedHeaders = \"Content-Type, Authorization\",",
        "    exposedHeaders = \"X-Total:\")");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INVALID_TOKEN, file, 5,
        "method \"GET POST\" is not an RFC 9110 token", "one bare name per array element");
    assertError(c, Diagnostic.INVALID_TOKEN, file, 6,
        "allowed header \"Content-Type, Authorization\" is not an RFC 9110 token");
    assertError(c, Diagnostic.INVALID_TOKEN, file, 7, "exposed header \"X-Total:\"");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  @Proves(Diagnostic.LOWERCASE_METHOD)
  void lowercaseStandardMethod() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(methods = {\"GET\", \"post\"})");
    Compilation c = compile(file);
    assertError(c, Diagnostic.LOWERCASE_METHOD, file, 4, "method \"post\" is not upper case",
        "methods are case-sensitive", "Write \"POST\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.FORBIDDEN_METHOD)
  void forbiddenMethods() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(methods = {",
        "    \"GET\",",
        "    \"TRACE\",",
        "    \"connect\"})");
    Compilation c = compile(file);
    assertError(c, Diagnostic.FORBIDDEN_METHOD, file, 6,
        "method \"TRACE\" is a forbidden method in the Fetch standard", "Remove it");
    assertError(c, Diagnostic.FORBIDDEN_METHOD, file, 7, "method \"connect\"");
    assertThat(c).hadErrorCount(2);
  }

  @Test
  @Proves(Diagnostic.INVALID_MAX_AGE)
  void maxAgeBelowMinusOne() {
    JavaFileObject file = resource("@CrossOrigin(maxAge = -5)");
    Compilation c = compile(file);
    assertError(c, Diagnostic.INVALID_MAX_AGE, file, 4, "maxAge = -5 is below -1",
        "Use -1 (no header)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.METHOD_NOT_SERVED)
  void classPolicyAllowsAMethodNoRouteServes() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(methods = {\"GET\", \"POST\",",
        "    \"DELETE\"})");
    Compilation c = compile(file);
    assertError(c, Diagnostic.METHOD_NOT_SERVED, file, 5,
        "method \"DELETE\" is allowed, but the routes of test.Api serve only GET, HEAD, POST",
        "answers with 405");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.METHOD_NOT_SERVED)
  void methodPolicyAllowsAnotherMethod() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET @org.corsroutes.annotation.CrossOrigin(methods = \"PUT\")",
        "  public String get() { return \"\"; }",
        "  @PUT public void put(String body) {}",
        "}");
    assertError(compile(file), Diagnostic.METHOD_NOT_SERVED, file, 5,
        "method \"PUT\" is allowed, but the routes of test.Api#get serve only GET");
  }

  @Test
  @Proves(Diagnostic.NOT_ON_RESOURCE)
  void policyOnClassWithoutResourceMethods() {
    JavaFileObject file = source("test.Helper",
        "package test;",
        "import org.corsroutes.annotation.CrossOrigin;",
        "@CrossOrigin(origins = \"https://app.example.com\")",
        "public class Helper {",
        "  public String get() { return \"\"; }",
        "}");
    Compilation c = compile(file);
    assertError(c, Diagnostic.NOT_ON_RESOURCE, file, 3,
        "@CrossOrigin on test.Helper, which has no resource methods or sub-resource locators",
        "Move it to a resource class or resource method");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.NOT_ON_RESOURCE)
  void composedPolicyOnAPlainMethod() {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\")",
        "public @interface AdminCors {}");
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return helper(); }",
        "  @AdminCors",
        "  public String helper() { return \"\"; }",
        "}");
    Compilation c = compile(admin, file);
    assertError(c, Diagnostic.NOT_ON_RESOURCE, file, 6,
        "@AdminCors on test.Api#helper, which is not a resource method or sub-resource locator");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.USER_OPTIONS_METHOD)
  void userOptionsMethodOnARouteWithAPolicy() {
    JavaFileObject file = source("test.Api",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://app.example.com\")",
        "@Path(\"/api\")",
        "public class Api {",
        "  @GET public String get() { return \"\"; }",
        "  @OPTIONS public String options() { return \"\"; }",
        "}");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.USER_OPTIONS_METHOD, file, 7,
        "test.Api#options handles OPTIONS on /api, a route with a CORS policy",
        "answers preflights before resource matching", "only receives OPTIONS requests that are"
            + " not preflights");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_PATTERN_WITH_CREDENTIALS)
  void subdomainPatternWithCredentials() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(allowCredentials = true,",
        "    originPatterns = \"https://*.example.com\")");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.WILDCARD_PATTERN_WITH_CREDENTIALS, file, 5,
        "origin pattern \"https://*.example.com\" with allowCredentials = true",
        "every subdomain of example.com", "List the origins");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.MAX_AGE_ABOVE_CAP)
  void maxAgeAboveChromiumsCap() {
    JavaFileObject file = resource("@CrossOrigin(maxAge = 7201)");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.MAX_AGE_ABOVE_CAP, file, 4,
        "maxAge = 7201 is above Chromium's cap of 7200", "Use 7200 or less");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.MAX_AGE_ABOVE_CAP)
  void maxAgeAboveFirefoxsCap() {
    JavaFileObject file = resource("@CrossOrigin(maxAge = 86401)");
    assertWarning(compile(file), Diagnostic.MAX_AGE_ABOVE_CAP, file, 4,
        "maxAge = 86401 is above Firefox's cap of 86400 and Chromium's of 7200");
  }

  @Test
  @Proves(Diagnostic.FORBIDDEN_REQUEST_HEADER)
  void forbiddenRequestHeaders() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(allowedHeaders = {",
        "    \"Content-Type\",",
        "    \"Cookie\",",
        "    \"Sec-Fetch-Mode\",",
        "    \"Proxy-Authorization\"})");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.FORBIDDEN_REQUEST_HEADER, file, 6,
        "allowedHeaders lists \"Cookie\", a forbidden request header", "Remove it");
    assertWarning(c, Diagnostic.FORBIDDEN_REQUEST_HEADER, file, 7, "\"Sec-Fetch-Mode\"");
    assertWarning(c, Diagnostic.FORBIDDEN_REQUEST_HEADER, file, 8, "\"Proxy-Authorization\"");
    assertThat(c).hadWarningCount(3);
  }

  @Test
  @Proves(Diagnostic.FORBIDDEN_RESPONSE_HEADER)
  void setCookieIsNeverExposed() {
    JavaFileObject file = resource("@CrossOrigin(exposedHeaders = \"Set-Cookie\")");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.FORBIDDEN_RESPONSE_HEADER, file, 4,
        "exposedHeaders lists \"Set-Cookie\", a forbidden response header",
        "browsers never let scripts read it");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.SAFELISTED_EXPOSED_HEADER)
  void safelistedResponseHeaderNeedsNoExposing() {
    JavaFileObject file = resource("@CrossOrigin(exposedHeaders = {\"X-Request-Id\","
        + " \"Content-Type\"})");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.SAFELISTED_EXPOSED_HEADER, file, 4,
        "exposedHeaders lists \"Content-Type\", a CORS-safelisted response header", "redundant");
    assertThat(c).hadWarningCount(1);
  }

  @Test
  @Proves(Diagnostic.DUPLICATE_VALUE)
  void duplicatesInLists() {
    JavaFileObject file = resourceLines(
        "@CrossOrigin(origins = {\"https://a.example.com\",",
        "    \"https://a.example.com\"},",
        "    allowedHeaders = {\"Content-Type\",",
        "    \"content-type\"})");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.DUPLICATE_VALUE, file, 5,
        "origins lists \"https://a.example.com\" more than once", "Remove the duplicate");
    assertWarning(c, Diagnostic.DUPLICATE_VALUE, file, 7,
        "allowedHeaders lists \"content-type\" more than once (header names are"
            + " case-insensitive)");
    assertThat(c).hadWarningCount(2);
  }

  @Test
  @Proves(Diagnostic.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION)
  void wildcardHeadersDoNotCoverAuthorization() {
    JavaFileObject file = resource("@CrossOrigin(allowedHeaders = \"*\")");
    Compilation c = compile(file);
    assertWarning(c, Diagnostic.WILDCARD_HEADERS_WITHOUT_AUTHORIZATION, file, 4,
        "allowedHeaders = \"*\" does not cover Authorization", "Add \"Authorization\"");
    assertThat(c).hadWarningCount(1);
    assertThat(compile(resource("@CrossOrigin(allowedHeaders = {\"*\", \"Authorization\"})")))
        .succeededWithoutWarnings();
  }

  @Test
  @Proves(Diagnostic.INVALID_OPTION)
  void invalidOptionValue() {
    Compilation c = compile(List.of("-Acors.warningsAsErrors=yes"), resource("@CrossOrigin"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsInvalidOption] -Acors.warningsAsErrors=yes is not a"
        + " boolean");
    assertThat(c).hadErrorContaining("Use true or false");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.INVALID_OPTION)
  void unknownOption() {
    Compilation c = compile(List.of("-Acors.allowInsecureOrigin=true"), resource("@CrossOrigin"));
    assertThat(c).hadErrorContaining("[CorsInvalidOption] -Acors.allowInsecureOrigin is not an"
        + " option of the CORS Routes processor");
    assertThat(c).hadErrorContaining("Use one of -Acors.allowInsecureOrigins, -Acors.baseline,"
        + " -Acors.baseline.update, -Acors.warningsAsErrors");
  }

  @Test
  void warningsAsErrorsTurnsWarningsIntoErrors() {
    JavaFileObject file = resource("@CrossOrigin(maxAge = 10000)");
    Compilation c = compile(List.of("-Acors.warningsAsErrors"), file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsMaxAgeAboveCap]").inFile(file).onLine(4);
  }

  @Test
  void composedPolicyFromTheClassPathIsReportedAtTheUseSiteNamingTheAnnotation(
      @TempDir Path classes) {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\",",
        "    allowCredentials = true, allowedHeaders = \"*\")",
        "public @interface AdminCors {}");
    // Built elsewhere, without the processor, as a library's annotation would be.
    Compilation library = Compiler.base("-proc:none").compile(admin);
    assertThat(library).succeeded();
    JavaFileObject file = resource("@AdminCors");
    Compilation c = Compiler.compileAgainst(Compiler.writeClasses(library, classes), file);
    assertError(c, Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, file, 4,
        "allowedHeaders = \"*\" with allowCredentials = true", "(in @test.AdminCors)");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void composedPolicyIsCheckedWhereItIsDeclaredEvenUnused() {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = {",
        "    \"https://admin.example.com\",",
        "    \"https://admin.example.com/\"})",
        "public @interface AdminCors {}");
    Compilation c = compile(admin);
    assertError(c, Diagnostic.INVALID_ORIGIN, admin, 4, "origin \"https://admin.example.com/\"",
        "Fix: remove the trailing slash");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void composedPolicyUsedInTheSameBuildIsReportedOnceWhereDeclared() {
    JavaFileObject admin = source("test.AdminCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(origins = \"https://admin.example.com\",",
        "    allowCredentials = true, allowedHeaders = \"*\")",
        "public @interface AdminCors {}");
    JavaFileObject file = resource("@AdminCors");
    Compilation c = compile(admin, file);
    assertError(c, Diagnostic.WILDCARD_LIST_WITH_CREDENTIALS, admin, 3,
        "allowedHeaders = \"*\" with allowCredentials = true");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void warningOfAComposedPolicyIsShownOnceAndBlocksOnlyWithWarningsAsErrors() {
    JavaFileObject slow = source("test.SlowCors",
        "package test;",
        "@org.corsroutes.annotation.CrossOrigin(maxAge = 10000)",
        "public @interface SlowCors {}");
    JavaFileObject file = resource("@SlowCors");
    Compilation c = compile(slow, file);
    assertWarning(c, Diagnostic.MAX_AGE_ABOVE_CAP, slow, 2, "maxAge = 10000");
    assertThat(c).hadWarningCount(1);
    Compilation strict = compile(List.of("-Acors.warningsAsErrors=true"), slow, file);
    assertError(strict, Diagnostic.MAX_AGE_ABOVE_CAP, slow, 2, "maxAge = 10000");
    assertThat(strict).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.TABLE_NAME_CLASH)
  void nestedAndTopLevelResourcesWhoseTablesWouldShareAName() {
    JavaFileObject outer = source("test.Outer",
        "package test;",
        "import jakarta.ws.rs.*;",
        "public class Outer {",
        "  @Path(\"/inner\") public static class Inner {",
        "    @GET public String get() { return \"\"; }",
        "  }",
        "}");
    JavaFileObject flat = source("test.Outer_Inner",
        "package test;",
        "import jakarta.ws.rs.*;",
        "@Path(\"/flat\")",
        "public class Outer_Inner {",
        "  @GET public String get() { return \"\"; }",
        "}");
    Compilation c = compile(outer, flat);
    assertError(c, Diagnostic.TABLE_NAME_CLASH, flat, 4,
        "the route table of test.Outer_Inner would be test.Outer_InnerCorsRoutes, the name of the"
            + " table of test.Outer.Inner", "Rename one of the two classes");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.TABLE_NAME_CLASH)
  void resourceWhoseTableNameIsTakenByAClassOfTheUser() {
    JavaFileObject taken = source("test.ApiCorsRoutes",
        "package test;",
        "public class ApiCorsRoutes {}");
    JavaFileObject file = resource("@CrossOrigin");
    Compilation c = compile(taken, file);
    assertError(c, Diagnostic.TABLE_NAME_CLASH, file, 6,
        "the name of the class test.ApiCorsRoutes, which is no route table");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.WRITE_FAILED)
  void tableTheFilerCannotWrite() {
    JavaFileObject file = resource("@CrossOrigin");
    Compilation c = Compiler.base().withProcessors(FailingFiler.processor(
        FailingFiler.sources(new java.io.IOException("No space left on device")))).compile(file);
    assertError(c, Diagnostic.WRITE_FAILED, file, 6,
        "could not write test.ApiCorsRoutes: No space left on device",
        "output directories are writable");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.WRITE_FAILED)
  void serviceFileReportAndStateTheFilerCannotWrite() {
    Compilation c = Compiler.base().withProcessors(FailingFiler.processor(
        FailingFiler.resources(new java.io.IOException("Read-only file system"))))
        .compile(resource("@CrossOrigin"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsWriteFailed] could not write"
        + " META-INF/services/org.corsroutes.runtime.CorsRouteTable: Read-only file system");
    assertThat(c).hadErrorContaining("[CorsWriteFailed] could not write"
        + " META-INF/cors-routes.json: Read-only file system");
    assertThat(c).hadErrorContaining("[CorsWriteFailed] could not write"
        + " META-INF/cors-routes.md: Read-only file system");
    assertThat(c).hadErrorContaining("[CorsWriteFailed] could not write"
        + " META-INF/cors-routes.state: Read-only file system");
    assertThat(c).hadErrorCount(4);
  }

  @Test
  @Proves(Diagnostic.INTERNAL_ERROR)
  void unexpectedFailureIsOneClearErrorOnTheResource() {
    JavaFileObject file = resource("@CrossOrigin");
    Compilation c = Compiler.base().withProcessors(FailingFiler.processor(
        FailingFiler.sources(new IllegalStateException("filer broke")))).compile(file);
    assertError(c, Diagnostic.INTERNAL_ERROR, file, 6,
        "the CORS Routes processor failed on test.Api: java.lang.IllegalStateException:"
            + " filer broke", "This is a bug in the processor; please report it");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  @Proves(Diagnostic.INTERNAL_ERROR)
  void unexpectedFailureWhenProcessingIsOverIsOneClearError() {
    Compilation c = Compiler.base().withProcessors(FailingFiler.processor(
        FailingFiler.resources(new IllegalStateException("filer broke"))))
        .compile(resource("@CrossOrigin"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[CorsInternalError] the CORS Routes processor failed on"
        + " the compilation: java.lang.IllegalStateException: filer broke");
    assertThat(c).hadErrorCount(1);
  }
}
