package org.corsroutes.processor;

import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;

/**
 * The {@code -A} options the processor understands. Each is declared here, documented in the
 * README, and checked: an unknown value is an error naming the valid ones.
 *
 * @param warningsAreErrors {@code -Acors.warningsAsErrors=true}: every warning stops the build
 */
record ProcessorOptions(boolean warningsAreErrors) {
  static final String WARNINGS_AS_ERRORS = "cors.warningsAsErrors";

  static Set<String> names() {
    return Set.of(WARNINGS_AS_ERRORS);
  }

  static ProcessorOptions read(Map<String, String> options, Messager messager) {
    return new ProcessorOptions(bool(options, WARNINGS_AS_ERRORS, messager));
  }

  private static boolean bool(Map<String, String> options, String name, Messager messager) {
    String value = options.get(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true") || value.isEmpty()) {
      return true;
    }
    messager.printMessage(javax.tools.Diagnostic.Kind.ERROR, "[CorsInvalidOption] -A" + name
        + "=" + value + " is not a valid value: use true or false");
    return false;
  }
}
