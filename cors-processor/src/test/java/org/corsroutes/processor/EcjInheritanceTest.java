package org.corsroutes.processor;

/** {@link InheritanceTest} compiled with Eclipse's compiler. */
@Ecj
class EcjInheritanceTest extends InheritanceTest {}
