package org.corsroutes.processor;

/** {@link OriginatingElementsTest} compiled with Eclipse's compiler. */
@Ecj
class EcjOriginatingElementsTest extends OriginatingElementsTest {}
