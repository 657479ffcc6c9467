package org.corsroutes.processor;

/** {@link ForbiddenMethodsTest} compiled with Eclipse's compiler. */
@Ecj
class EcjForbiddenMethodsTest extends ForbiddenMethodsTest {}
