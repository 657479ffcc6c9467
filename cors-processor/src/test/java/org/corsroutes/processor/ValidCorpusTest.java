package org.corsroutes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid policies must compile without a single warning: a rule that fires on a correct policy
 * teaches users to ignore the processor. The corpus ({@code src/test/resources/corpus}) holds
 * {@value #POLICIES} policies: exact origins, ports, IPv4, IPv6, loopback http with credentials,
 * punycode, subdomain and port patterns, placeholders, a composed policy, credentials with
 * explicit lists, every standard method plus PROPFIND, HEAD answered by a GET method, long header lists, every maxAge edge, a
 * sub-resource class policy and a package policy.
 */
class ValidCorpusTest {
  static final int POLICIES = 24;
  private static final List<String> CORPUS = List.of("PROPFIND.java", "PartnerCors.java",
      "OriginsResource.java", "ListsResource.java", "PartnersResource.java",
      "pkg/package-info.java", "pkg/VersionResource.java");

  @Test
  void everyValidPolicyCompilesWithoutWarnings() {
    Compilation c = Compiler.compile(CORPUS.stream()
        .map(f -> JavaFileObjects.forResource("corpus/org/corpus/" + f))
        .toArray(JavaFileObject[]::new));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(4, c.generatedSourceFiles().size(), "one table per resource");
    String lists = GeneratedSourcesTest.contents(
        c.generatedSourceFile("org.corpus.ListsResourceCorsRoutes").orElseThrow());
    assertTrue(lists.contains("\"GET, HEAD, POST, PUT, PATCH, DELETE, PROPFIND\""), lists);
    String partners = GeneratedSourcesTest.contents(
        c.generatedSourceFile("org.corpus.PartnersResourceCorsRoutes").orElseThrow());
    assertTrue(partners.contains("/partners/settings"), partners);
    String origins = GeneratedSourcesTest.contents(
        c.generatedSourceFile("org.corpus.OriginsResourceCorsRoutes").orElseThrow());
    assertTrue(origins.contains(".bind(\"GET, HEAD\", "), origins);
  }
}
