package org.corsroutes.it;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** HTTP TRACE, which JAX-RS has no annotation for: served, but never offered cross-origin. */
@HttpMethod("TRACE")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TRACE {}
