/**
 * The CORS Routes test kit: {@link org.corsroutes.test.CorsTester} asserts an application's
 * CORS policies in its unit tests, through the runtime's decision code and the application's
 * generated route tables, without a server.
 */
package org.corsroutes.test;
