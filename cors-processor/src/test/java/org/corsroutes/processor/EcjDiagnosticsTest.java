package org.corsroutes.processor;

/** {@link DiagnosticsTest} compiled with Eclipse's compiler. */
@Ecj
class EcjDiagnosticsTest extends DiagnosticsTest {}
