package org.corsroutes.processor;

/** {@link LocatorTest} compiled with Eclipse's compiler. */
@Ecj
class EcjLocatorTest extends LocatorTest {}
