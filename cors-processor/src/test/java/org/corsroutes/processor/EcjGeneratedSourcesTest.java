package org.corsroutes.processor;

/** {@link GeneratedSourcesTest} compiled with Eclipse's compiler. */
@Ecj
class EcjGeneratedSourcesTest extends GeneratedSourcesTest {}
