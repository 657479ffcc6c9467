package org.corsroutes.conformance;

/**
 * A way a server answers differently from the suite's reference (Jersey). A server module
 * declares its traits; the suite then asserts the server's own behaviour for that case, so a
 * difference is pinned, never skipped.
 */
public enum ServerTrait {
}
