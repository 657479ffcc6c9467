package org.corsroutes.it;

/** A user as the API returns it. */
public record User(long id, String name) {}
