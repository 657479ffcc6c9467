package org.corsroutes.processor;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;
import org.corsroutes.processor.validate.Diagnostic;

/**
 * The {@code -A} options the processor understands. Each is declared here, documented in
 * docs/diagnostics.md, and checked: an unknown value, or an unknown {@code cors.} option, is a
 * {@code [CorsInvalidOption]} error naming the valid ones.
 *
 * @param warningsAreErrors {@code -Acors.warningsAsErrors=true}: every warning stops the build
 * @param allowInsecureOrigins {@code -Acors.allowInsecureOrigins=true}: plain-http origins with
 *     credentials are a warning instead of an error (for development builds)
 * @param baseline {@code -Acors.baseline=FILE}: the committed baseline the routes are checked
 *     against (relative paths from the compiler's working directory), or null
 * @param baselineUpdate {@code -Acors.baseline.update=true}: write the baseline from this build
 *     instead of checking against it
 */
record ProcessorOptions(boolean warningsAreErrors, boolean allowInsecureOrigins, String baseline,
    boolean baselineUpdate) {
  static final String PREFIX = "cors.";
  static final String WARNINGS_AS_ERRORS = "cors.warningsAsErrors";
  static final String ALLOW_INSECURE_ORIGINS = "cors.allowInsecureOrigins";
  static final String BASELINE = "cors.baseline";
  static final String BASELINE_UPDATE = "cors.baseline.update";

  static Set<String> names() {
    return Set.of(WARNINGS_AS_ERRORS, ALLOW_INSECURE_ORIGINS, BASELINE, BASELINE_UPDATE);
  }

  static ProcessorOptions read(Map<String, String> options, Messager messager) {
    for (String name : new TreeSet<>(options.keySet())) {
      if (name.startsWith(PREFIX) && !names().contains(name)) {
        messager.printMessage(Kind.ERROR, Diagnostic.INVALID_OPTION.format(name,
            "is not an option of the CORS Routes processor", "one of " + names().stream()
                .sorted().map(n -> "-A" + n).collect(Collectors.joining(", "))));
      }
    }
    String baseline = options.get(BASELINE);
    if (options.containsKey(BASELINE) && (baseline == null || baseline.isBlank())) {
      messager.printMessage(Kind.ERROR, Diagnostic.INVALID_OPTION.format(BASELINE,
          "names no file", "-A" + BASELINE + "=src/main/cors/cors-routes.baseline.json"));
      baseline = null;
    }
    boolean update = bool(options, BASELINE_UPDATE, messager);
    if (update && !options.containsKey(BASELINE)) {
      messager.printMessage(Kind.ERROR, Diagnostic.INVALID_OPTION.format(BASELINE_UPDATE,
          "without -A" + BASELINE + " names no baseline to write",
          "-A" + BASELINE + "=src/main/cors/cors-routes.baseline.json with it"));
    }
    return new ProcessorOptions(bool(options, WARNINGS_AS_ERRORS, messager),
        bool(options, ALLOW_INSECURE_ORIGINS, messager), baseline, update);
  }

  /** Absent or {@code false}: false; {@code -Aname}, {@code -Aname=} or {@code true}: true. */
  private static boolean bool(Map<String, String> options, String name, Messager messager) {
    if (!options.containsKey(name)) {
      return false;
    }
    String value = options.get(name);
    if (value == null || value.isEmpty() || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    messager.printMessage(Kind.ERROR, Diagnostic.INVALID_OPTION.format(name + "=" + value,
        "is not a boolean", "true or false"));
    return false;
  }
}
