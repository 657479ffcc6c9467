package org.corsroutes.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corsroutes.processor.validate.Diagnostic;

/** Marks the test that proves a diagnostic; {@link DiagnosticCoverageTest} requires one per id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Proves {
  Diagnostic value();
}
