package org.corsroutes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a corpus of N annotated JAX-RS resource classes for the build-cost run: each with a
 * class {@code @Path}, a class {@code @CrossOrigin} and 5 resource methods, one in three
 * overriding the policy on a method, policies varied the way a real API varies them (exact
 * credentialed origins, public {@code *}, a subdomain pattern). Ten classes per package.
 * Usage: {@code CorpusGenerator <count> <output dir>}; also writes {@code sources.txt}.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  private static final String[] CLASS_POLICIES = {
    "@CrossOrigin(origins = {\"https://app.example.com\", \"https://admin.example.com\"},"
        + " allowCredentials = true, allowedHeaders = {\"Authorization\", \"Content-Type\"},"
        + " exposedHeaders = \"X-Request-Id\")",
    "@CrossOrigin",
    "@CrossOrigin(originPatterns = \"https://*.example.com\", maxAge = 600)",
  };

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String pkg = "corpus.p" + (i / 10);
      String name = "Resource" + i;
      Path dir = root.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, source(pkg, name, i));
      sources.add(root.relativize(file).toString());
    }
    Files.write(root.resolve("sources.txt"), sources);
  }

  static String source(String pkg, String name, int i) {
    String methodPolicy = i % 3 == 0
        ? "  @CrossOrigin(origins = \"https://admin.example.com\", allowCredentials = true,"
            + " methods = \"DELETE\")\n"
        : "";
    return "package " + pkg + ";\n\n"
        + "import jakarta.ws.rs.*;\n"
        + "import jakarta.ws.rs.core.MediaType;\n"
        + "import java.util.List;\n"
        + "import org.corsroutes.annotation.CrossOrigin;\n\n"
        + "@Path(\"/api/r" + i + "\")\n"
        + "@Produces(MediaType.APPLICATION_JSON)\n"
        + CLASS_POLICIES[i % CLASS_POLICIES.length] + "\n"
        + "public class " + name + " {\n"
        + "  @GET\n"
        + "  public List<String> list(@QueryParam(\"q\") String q) { return List.of(\"a\", \"b\"); }\n\n"
        + "  @POST\n"
        + "  @Consumes(MediaType.APPLICATION_JSON)\n"
        + "  public String create(String body) { return body; }\n\n"
        + "  @GET\n"
        + "  @Path(\"{id}\")\n"
        + "  public String get(@PathParam(\"id\") long id) { return \"item \" + id; }\n\n"
        + "  @PUT\n"
        + "  @Path(\"{id}\")\n"
        + "  @Consumes(MediaType.APPLICATION_JSON)\n"
        + "  public String update(@PathParam(\"id\") long id, String body) { return body; }\n\n"
        + "  @DELETE\n"
        + "  @Path(\"{id}\")\n"
        + methodPolicy
        + "  public void delete(@PathParam(\"id\") long id) { }\n"
        + "}\n";
  }
}
