package org.corsroutes.processor;

/** {@link TableNamesTest} compiled with Eclipse's compiler. */
@Ecj
class EcjTableNamesTest extends TableNamesTest {}
