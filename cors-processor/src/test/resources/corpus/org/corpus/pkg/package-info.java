/** Policy 24: a package-level policy for every resource in the package. */
@CrossOrigin(originPatterns = "https://*.example.org", exposedHeaders = "X-Version")
package org.corpus.pkg;

import org.corsroutes.annotation.CrossOrigin;
