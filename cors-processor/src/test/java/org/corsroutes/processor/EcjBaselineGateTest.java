package org.corsroutes.processor;

/** {@link BaselineGateTest} compiled with Eclipse's compiler. */
@Ecj
class EcjBaselineGateTest extends BaselineGateTest {}
