package org.corsroutes.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.Route;
import org.corsroutes.processor.model.RouteBinding;
import org.corsroutes.processor.parse.PolicyReader;

/**
 * Writes {@code <Resource>CorsRoutes}: one constant per policy, one per route with its
 * precomputed headers, and the {@code CorsRouteTable} listing them. The only class that
 * touches JavaPoet.
 */
public final class RouteTableWriter {
  static final String RUNTIME = "org.corsroutes.runtime";
  static final ClassName TABLE = ClassName.get(RUNTIME, "CorsRouteTable");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "CorsRoute");
  static final ClassName POLICY = ClassName.get(RUNTIME, "CorsPolicy");
  static final String SUFFIX = "CorsRoutes";

  private final Filer filer;
  private final Elements elements;
  private final String generator;

  public RouteTableWriter(Filer filer, Elements elements, String generator) {
    this.filer = filer;
    this.elements = elements;
    this.generator = generator;
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

    Map<Policy.Values, String> policyNames = new LinkedHashMap<>();
    for (Policy policy : resource.policies()) {
      if (!policyNames.containsKey(policy.values())) {
        String constant = names.constant(constantSource(policy));
        policyNames.put(policy.values(), constant);
        type.addField(policyField(constant, policy));
      }
    }
    List<String> routeNames = resource.routes().stream().map(route -> {
      String constant = names.constant(route.template());
      type.addField(routeField(constant, route, policyNames));
      return constant;
    }).toList();

    ParameterizedTypeName listOfRoutes =
        ParameterizedTypeName.get(ClassName.get(List.class), ROUTE);
    type.addField(FieldSpec.builder(listOfRoutes, "ROUTES", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($>\n$L)$<", List.class, String.join(",\n", routeNames))
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Instantiated by {@link java.util.ServiceLoader}.\n")
        .build());
    type.addMethod(MethodSpec.methodBuilder("routes")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(listOfRoutes)
        .addStatement("return ROUTES")
        .build());
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
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
    if (!policy.effectiveOrigins().isEmpty()) {
      init.add("\n.origins($L)", strings(policy.effectiveOrigins()));
    }
    if (!policy.originPatterns().isEmpty()) {
      init.add("\n.originPatterns($L)", strings(policy.originPatterns().values()));
    }
    if (policy.allowCredentials()) {
      init.add("\n.allowCredentials()");
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
    return FieldSpec.builder(POLICY, constant, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(policy.site().isComposed()
            ? CodeBlock.of("{@code @CrossOrigin} on {@code $L}, through {@code @$L}.\n",
                codeSafe(PolicyReader.describe(policy.site().element())),
                policy.site().composedBy().getSimpleName())
            : CodeBlock.of("{@code @CrossOrigin} on {@code $L}.\n",
                codeSafe(PolicyReader.describe(policy.site().element()))))
        .initializer(init.build())
        .build();
  }

  private FieldSpec routeField(String constant, Route route, Map<Policy.Values, String> policies) {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.path($S)", ROUTE, route.template())
        .indent().indent();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("{@code $L}\n", codeSafe(route.template()));
    for (RouteBinding binding : route.bindings()) {
      String policy = policies.get(binding.policy().values());
      List<String> methods = binding.httpMethods().stream().distinct().toList();
      init.add("\n.bind($S, $L, $L)", binding.allowMethods(), policy, strings(methods));
      doc.add("\n<p>$L, policy {@link #$L}; a preflight from an allowed origin is answered:\n"
          + "<pre>\n$L</pre>\n", String.join(", ", methods), policy,
          htmlSafe(Headers.of(binding.policy()).preflight(binding.allowMethods())));
    }
    init.add("\n.build()").unindent().unindent();
    return FieldSpec.builder(ROUTE, constant, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer(init.build())
        .build();
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
