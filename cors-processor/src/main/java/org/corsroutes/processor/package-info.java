/**
 * The CORS Routes annotation processor. Not an API: it is used through the compiler, named on
 * the processor path, and configured with the {@code -A} options docs/diagnostics.md lists. Its
 * types are public only across its own packages ({@code parse} → {@code validate} →
 * {@code model} → {@code generate}); the published jar carries JavaPoet, Guava and the origin
 * rules relocated inside it. What users rely on is its output: the diagnostic ids, the
 * generated tables (written in the runtime's table API), the service file and the route report.
 */
package org.corsroutes.processor;
