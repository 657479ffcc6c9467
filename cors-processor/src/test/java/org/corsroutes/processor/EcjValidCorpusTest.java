package org.corsroutes.processor;

/** {@link ValidCorpusTest} compiled with Eclipse's compiler. */
@Ecj
class EcjValidCorpusTest extends ValidCorpusTest {}
