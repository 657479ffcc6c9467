package org.corsroutes.processor.baseline;

import org.corsroutes.processor.validate.Diagnostic;

/**
 * One way a route differs from its baseline: the diagnostic of its kind, and what changed,
 * before and after, e.g. {@code allowCredentials false -> true}.
 */
record Change(Diagnostic kind, String detail) {}
