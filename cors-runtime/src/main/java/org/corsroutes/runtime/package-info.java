/**
 * The CORS Routes runtime. Its public types are of four kinds, and only the first three are API:
 *
 * <ul>
 *   <li><b>Application API</b>: {@link org.corsroutes.runtime.CorsFeature}, its options and
 *       {@link org.corsroutes.runtime.CorsStartupException}. What an application registers and
 *       catches.
 *   <li><b>Table API</b>: {@link org.corsroutes.runtime.CorsRouteTable},
 *       {@link org.corsroutes.runtime.CorsResource}, {@link org.corsroutes.runtime.CorsRoute}
 *       and {@link org.corsroutes.runtime.CorsPolicy} with their builders: what the tables the
 *       processor generates are written in. It changes only compatibly, so tables compiled by
 *       an earlier processor keep loading; a hand-written table may use it and is checked at
 *       startup as a generated one is.
 *   <li><b>Test API</b>: {@link org.corsroutes.runtime.CorsDecisions}: the runtime's decisions
 *       for one request without a server, what the {@code cors-test} module is built on.
 *       Changed only compatibly, like the application API.
 *   <li><b>Internal</b>: {@link org.corsroutes.runtime.OriginRules} and
 *       {@link org.corsroutes.runtime.OriginProblem} are public only so the processor can share
 *       the origin rules at build time (its jar carries its own relocated copy). Not API: they
 *       may change in any release.
 * </ul>
 *
 * <p>{@code ApiSurfaceTest} pins every public signature to one of these kinds.
 */
package org.corsroutes.runtime;
