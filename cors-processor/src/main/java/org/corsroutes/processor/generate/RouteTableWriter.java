package org.corsroutes.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.corsroutes.processor.model.Policy;
import org.corsroutes.processor.model.ResourceMethod;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.Route;
import org.corsroutes.processor.model.RouteBinding;
import org.corsroutes.processor.parse.PolicyReader;

/**
 * Writes {@code <Resource>CorsRoutes}: one constant per policy, with the preflight and
 * actual-request answers it gives in its Javadoc, one per route, whose Javadoc names each
 * method's policy and its own {@code Access-Control-Allow-Methods}, and the resource tree that
 * says how JAX-RS reaches each route. Each answer is written once, on its policy: javac parses
 * and keeps every generated doc comment, in every build. The only class that touches JavaPoet.
 */
public final class RouteTableWriter {
  static final String RUNTIME = "org.corsroutes.runtime";
  static final ClassName TABLE = ClassName.get(RUNTIME, "CorsRouteTable");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "CorsRoute");
  static final ClassName POLICY = ClassName.get(RUNTIME, "CorsPolicy");
  static final ClassName RESOURCE = ClassName.get(RUNTIME, "CorsResource");
  static final String SUFFIX = "CorsRoutes";
  /** The Allow-Methods value in a policy's Javadoc: each route's own is in the route's. */
  private static final String ROUTE_METHODS = "<the route's methods, as each route below says>";

  private final Filer filer;
  private final Elements elements;
  private final String generator;
  private final boolean allowInsecureOrigins;

  /**
   * @param allowInsecureOrigins {@code -Acors.allowInsecureOrigins=true}: credentialed policies
   *     say so in the table, so startup applies the rule to {@code ${NAME}} values as the build did
   */
  public RouteTableWriter(Filer filer, Elements elements, String generator,
      boolean allowInsecureOrigins) {
    this.filer = filer;
    this.elements = elements;
    this.generator = generator;
    this.allowInsecureOrigins = allowInsecureOrigins;
  }

  /** The generated class name for a resource: nested classes joined with '_'. */
  public static ClassName tableName(TypeElement resource) {
    ClassName r = ClassName.get(resource);
    return ClassName.get(r.packageName(), String.join("_", r.simpleNames()) + SUFFIX);
  }

  public ClassName write(ResourceRoutes resource) throws IOException {
    JavaFile file = javaFile(resource);
    file.writeTo(filer);
    return tableName(resource.resource());
  }

  /** The source, for the writer and for tests. */
  public JavaFile javaFile(ResourceRoutes resource) {
    ClassName name = tableName(resource.resource());
    ClassName resourceName = ClassName.get(resource.resource());
    Names names = new Names();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(TABLE)
        .addOriginatingElement(resource.resource())
        .addJavadoc("CORS routes of {@link $T}, generated from its {@code @CrossOrigin}"
            + " policies.\n\n<p>Found by {@code CorsFeature} through\n"
            + "{@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}.\n", resourceName);
    GeneratedAnnotation.of(elements, generator).ifPresent(type::addAnnotation);
    // Every type and package the table was read from, so an IDE or a build tool that tracks
    // originating elements regenerates it when a sub-resource or an interface changes.
    resource.inputs().stream().filter(e -> e != resource.resource())
        .forEach(type::addOriginatingElement);

    Map<PolicyKey, String> policyNames = new LinkedHashMap<>();
    for (Policy policy : resource.policies()) {
      if (!policyNames.containsKey(PolicyKey.of(policy))) {
        String constant = names.constant(constantSource(policy));
        policyNames.put(PolicyKey.of(policy), constant);
        type.addField(policyField(constant, policy));
      }
    }
    Map<Route, String> routeNames = new LinkedHashMap<>();
    for (Route route : resource.routes()) {
      String constant = names.constant(route.template());
      routeNames.put(route, constant);
      type.addField(routeField(constant, route, policyNames));
    }
    String tree = names.constant("resource");
    type.addField(FieldSpec.builder(RESOURCE, tree, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How JAX-RS reaches the routes above: the class template first, then a"
            + " resource method or a\nlocator inside it. {@code CorsFeature} routes preflights"
            + " through it as JAX-RS will route the\nactual request.\n")
        .initializer(CodeBlock.builder()
            .add("$T.root($S, $S)", RESOURCE, resource.template(),
                binaryName(resource.root().type()))
            .add(members(resource.root(), routeNames))
            .build())
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Instantiated by {@link java.util.ServiceLoader}.\n")
        .build());
    type.addMethod(MethodSpec.methodBuilder("resource")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RESOURCE)
        .addStatement("return $L", tree)
        .build());
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * One constant per policy and declaration: equal policies written in two places stay two
   * constants, so the runtime can say which annotation refused a request.
   */
  private record PolicyKey(Policy.Values values, String declaredOn, String source) {
    static PolicyKey of(Policy policy) {
      return new PolicyKey(policy.values(), policy.declaredOn(), policy.source());
    }
  }

  /** {@code .routes(...)}, the locators and {@code .build()} of one node, indented. */
  private CodeBlock members(ResourceRoutes.Node node, Map<Route, String> routeNames) {
    CodeBlock.Builder out = CodeBlock.builder().indent().indent();
    if (!node.routes().isEmpty()) {
      out.add("\n.routes($L)", node.routes().stream()
          .map(routeNames::get).collect(Collectors.joining(", ")));
    }
    for (ResourceRoutes.LocatorEntry locator : node.locators()) {
      if (locator.target() == null) {
        out.add("\n.locator($S, $S)", locator.path(), locator.javaMethod());
      } else {
        out.add("\n.locator($S, $S, $T.of($S)", locator.path(), locator.javaMethod(), RESOURCE,
            binaryName(locator.target().type()));
        out.add(members(locator.target(), routeNames));
        out.add(")");
      }
    }
    return out.add("\n.build()").unindent().unindent().build();
  }

  private String binaryName(javax.lang.model.element.TypeElement type) {
    return elements.getBinaryName(type).toString();
  }

  private static String constantSource(Policy policy) {
    if (policy.site().isComposed()) {
      return policy.site().composedBy().getSimpleName().toString();
    }
    String declaredOn = policy.declaredOn();
    String simple = declaredOn.substring(declaredOn.lastIndexOf('.') + 1);
    return declaredOn.startsWith("package ") ? "package_" + simple : simple.replace('#', '_');
  }

  private FieldSpec policyField(String constant, Policy policy) {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.declaredOn($S)", POLICY, policy.declaredOn())
        .indent().indent();
    if (policy.source() != null) {
      init.add("\n.declaredAt($S)", policy.source());
    }
    if (!policy.effectiveOrigins().isEmpty()) {
      init.add("\n.origins($L)", strings(policy.effectiveOrigins()));
    }
    if (!policy.originPatterns().isEmpty()) {
      init.add("\n.originPatterns($L)", strings(policy.originPatterns().values()));
    }
    if (policy.allowCredentials()) {
      init.add("\n.allowCredentials()");
      if (allowInsecureOrigins) {
        init.add("\n.allowInsecureOrigins()");
      }
    }
    Headers headers = Headers.of(policy);
    if (headers.allowHeaders() != null) {
      init.add("\n.allowHeaders($S)", headers.allowHeaders());
    }
    if (headers.exposeHeaders() != null) {
      init.add("\n.exposeHeaders($S)", headers.exposeHeaders());
    }
    if (headers.maxAge() != null) {
      init.add("\n.maxAge($S)", headers.maxAge());
    }
    if (policy.allowPrivateNetwork()) {
      init.add("\n.allowPrivateNetwork()");
    }
    init.add("\n.build()").unindent().unindent();
    CodeBlock where = policy.site().isComposed()
        ? CodeBlock.of("{@code @CrossOrigin} on {@code $L}, through {@code @$L}.\n",
            codeSafe(PolicyReader.describe(policy.site().element())),
            policy.site().composedBy().getSimpleName())
        : CodeBlock.of("{@code @CrossOrigin} on {@code $L}.\n",
            codeSafe(PolicyReader.describe(policy.site().element())));
    return FieldSpec.builder(POLICY, constant, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(where)
        .addJavadoc("\n<p>A preflight from an allowed origin is answered:\n<pre>\n$L</pre>\n"
            + "and the actual request's response, whatever its status, carries:\n"
            + "<pre>\n$L</pre>\n", htmlSafe(headers.preflight(ROUTE_METHODS)),
            htmlSafe(headers.actual()))
        .initializer(init.build())
        .build();
  }

  private FieldSpec routeField(String constant, Route route, Map<PolicyKey, String> policies) {
    CodeBlock.Builder init = (route.localPath() == null
            ? CodeBlock.builder().add("$T.withoutPath()", ROUTE)
            : CodeBlock.builder().add("$T.path($S)", ROUTE, route.localPath()))
        .indent().indent();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("{@code $L}\n", codeSafe(route.template()));
    for (RouteBinding binding : route.bindings()) {
      String policy = policies.get(PolicyKey.of(binding.policy()));
      List<String> methods = binding.httpMethods().stream().distinct().toList();
      init.add("\n.bind($S, $L, $L)", binding.allowMethods(), policy, entries(binding.methods()));
      doc.add("\n<p>$L, policy {@link #$L}; its preflight answer has\n"
          + "{@code Access-Control-Allow-Methods: $L}.\n", String.join(", ", methods), policy,
          codeSafe(binding.allowMethods()));
    }
    for (RouteBinding binding : route.refused()) {
      String policy = policies.get(PolicyKey.of(binding.policy()));
      init.add("\n.refuse($L, $L)", policy, entries(binding.methods()));
      doc.add("\n<p>$L, policy {@link #$L}, whose {@code methods} leave it out: a cross-origin"
          + " request is refused.\n", String.join(", ",
              binding.httpMethods().stream().distinct().toList()), policy);
    }
    if (!route.served().isEmpty()) {
      init.add("\n.serve($L)", entries(route.served()));
      doc.add("\n<p>$L, no policy: left to the application.\n", String.join(", ",
          route.served().stream().map(ResourceMethod::httpMethod).distinct().toList()));
    }
    init.add("\n.build()").unindent().unindent();
    return FieldSpec.builder(ROUTE, constant, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer(init.build())
        .build();
  }

  /** {@code "GET get(long)"}: how the runtime recognises each method. */
  private static CodeBlock entries(List<ResourceMethod> methods) {
    return strings(methods.stream().map(m -> m.httpMethod() + " " + m.javaMethod()).toList());
  }

  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  /** Text for {@code {@code ...}}: only a comment end can break it. */
  static String codeSafe(String text) {
    return text.replace("*/", "*\\/");
  }

  /** Text for a {@code <pre>} block: HTML-escaped, and no comment end. */
  static String htmlSafe(String text) {
    return codeSafe(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  static String joined(List<String> values) {
    return values.stream().collect(Collectors.joining(", "));
  }
}
