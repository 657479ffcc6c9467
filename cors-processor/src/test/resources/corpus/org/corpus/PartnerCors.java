package org.corpus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import org.corsroutes.annotation.CrossOrigin;

/** Policy 1: a composed policy with a placeholder and credentials. */
@CrossOrigin(origins = {"${PARTNER_ORIGINS}", "https://partners.example.com"},
    allowCredentials = true, allowedHeaders = {"Authorization", "Content-Type"}, maxAge = 600)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PartnerCors {}
