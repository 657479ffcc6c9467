package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;

/** Every diagnostic id has a test that triggers it and checks kind, message, file and line. */
class DiagnosticCoverageTest {

  @Test
  void everyDiagnosticHasATest() {
    Set<Diagnostic> untested = EnumSet.allOf(Diagnostic.class);
    for (Method m : DiagnosticsTest.class.getDeclaredMethods()) {
      Proves proves = m.getAnnotation(Proves.class);
      if (proves != null) {
        untested.remove(proves.value());
      }
    }
    assertEquals(Set.of(), untested, "diagnostics without a @Proves test in DiagnosticsTest");
  }
}
