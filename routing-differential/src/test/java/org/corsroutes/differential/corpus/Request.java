package org.corsroutes.differential.corpus;

/**
 * An actual request a browser may send after a preflight.
 *
 * @param method GET, HEAD, POST, PUT, DELETE or PATCH
 * @param rawPath the encoded path relative to the application, as sent (matrix parameters,
 *     percent-encoding and all), without the leading slash that follows the base path: the
 *     application is at {@code http://localhost/}, so "users/1" is {@code http://localhost/users/1}
 *     and "/users" is {@code http://localhost//users}
 * @param how how it was made from the set's templates, for reports
 */
public record Request(String method, String rawPath, String how) {
  @Override
  public String toString() {
    return method + " /" + rawPath;
  }
}
