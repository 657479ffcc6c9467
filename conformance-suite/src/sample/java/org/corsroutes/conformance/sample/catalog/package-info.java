/**
 * The catalog: one policy for the whole package, which a method overrides (nearest wins).
 */
@CrossOrigin(origins = "https://catalog.example.com", maxAge = 300)
package org.corsroutes.conformance.sample.catalog;

import org.corsroutes.annotation.CrossOrigin;
