package org.corsroutes.processor;

/** {@link LaterRoundTest} compiled with Eclipse's compiler. */
@Ecj
class EcjLaterRoundTest extends LaterRoundTest {}
