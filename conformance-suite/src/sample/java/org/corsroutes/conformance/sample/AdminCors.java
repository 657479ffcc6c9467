package org.corsroutes.conformance.sample;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.corsroutes.annotation.CrossOrigin;

/** A composed policy: the back office, with its cookie. Using it is using this policy. */
@CrossOrigin(origins = "https://admin.example.com", allowCredentials = true)
@Retention(CLASS)
@Target({TYPE, METHOD})
public @interface AdminCors {}
