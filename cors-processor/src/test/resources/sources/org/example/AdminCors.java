package org.example;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corsroutes.annotation.CrossOrigin;

@CrossOrigin(origins = "https://admin.example.com", allowCredentials = true, maxAge = 600)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminCors {}
