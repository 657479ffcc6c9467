package org.corsroutes.it;

/** An order of the sample shop. */
public record Order(long id, String item) {}
