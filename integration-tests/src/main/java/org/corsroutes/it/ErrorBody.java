package org.corsroutes.it;

/** The JSON error body every failure of the sample API answers with. */
public record ErrorBody(String error, String message) {}
