package org.corsroutes.it;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.corsroutes.annotation.CrossOrigin;

/**
 * The back office's policy, named once: only the admin console, with its session cookie.
 * Putting {@code @AdminCors} on a resource is putting this {@code @CrossOrigin} there.
 */
@CrossOrigin(origins = "https://admin.example.com", allowCredentials = true)
@Retention(CLASS)
@Target({TYPE, METHOD})
public @interface AdminCors {}
