package org.corsroutes.it;

/** The JSON body of {@code POST /api/users}. */
public record NewUser(String name) {}
