package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A table names as originating elements every type and package it was read from, so an IDE or
 * a build tool that tracks them regenerates it when a sub-resource, an interface or a composed
 * policy changes, not only when the root resource does.
 */
class OriginatingElementsTest {

  @Test
  void tablesOriginateFromEverythingTheyWereReadFrom() {
    Map<String, Set<String>> origins = new TreeMap<>();
    Compilation c = Compiler.base().withProcessors(FailingFiler.processor(filer ->
        (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
            (proxy, m, args) -> {
              if (m.getName().equals("createSourceFile")) {
                Set<String> names = new TreeSet<>();
                for (Element e : (Element[]) args[1]) {
                  names.add(e instanceof PackageElement p ? "package " + p.getQualifiedName()
                      : ((QualifiedNameable) e).getQualifiedName().toString());
                }
                origins.put(args[0].toString(), names);
              }
              try {
                return m.invoke(filer, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            })))
        .compile(GeneratedSourcesTest.SAMPLE.stream().map(Compiler::resource)
            .toArray(JavaFileObject[]::new));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(Set.of("org.example.UsersResource", "org.example.SettingsResource",
        "org.example.AdminCors", "package org.example"),
        origins.get("org.example.UsersResourceCorsRoutes"));
    assertEquals(Set.of("org.example.OrdersResource", "org.example.OrdersApi",
        "org.example.AdminCors", "package org.example"),
        origins.get("org.example.OrdersResourceCorsRoutes"));
    assertEquals(Set.of("org.example.HealthResource", "package org.example"),
        origins.get("org.example.HealthResourceCorsRoutes"));
  }
}
