package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corsroutes.processor.validate.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic id has a test that triggers it and checks kind, message, file and line: the
 * policy checks in {@link DiagnosticsTest}, the baseline gate's in {@link BaselineGateTest}.
 */
class DiagnosticCoverageTest {

  @Test
  void everyDiagnosticHasATest() {
    Set<Diagnostic> untested = EnumSet.allOf(Diagnostic.class);
    for (Class<?> test : List.of(DiagnosticsTest.class, BaselineGateTest.class)) {
      for (Method m : test.getDeclaredMethods()) {
        Proves proves = m.getAnnotation(Proves.class);
        if (proves != null) {
          untested.remove(proves.value());
        }
      }
    }
    assertEquals(Set.of(), untested,
        "diagnostics without a @Proves test in DiagnosticsTest or BaselineGateTest");
  }
}
