package org.corsroutes.annotation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The CORS policy of the Jakarta REST routes it is placed on.
 *
 * <p>The CORS Routes annotation processor reads this annotation at build time, checks the
 * policy against the Fetch standard (an invalid or insecure policy is a compile error on the
 * offending attribute), and generates a route table that the runtime {@code CorsFeature}
 * applies. Nothing reads it reflectively at run time, hence {@code CLASS} retention.
 *
 * <h2>Where it applies: nearest wins, no merging</h2>
 * A resource method uses the policy on the method, else on its class, else on its package
 * ({@code package-info.java}). One annotation always tells the whole policy of a route.
 *
 * <pre>{@code
 * @Path("/api/users")
 * @CrossOrigin(origins = {"https://app.example.com", "https://admin.example.com"},
 *              allowCredentials = true,
 *              allowedHeaders = {"Authorization", "Content-Type"})
 * public class UsersResource {
 *   @GET public List<User> list() { ... }
 *
 *   @DELETE @Path("{id}")
 *   @CrossOrigin(origins = "https://admin.example.com", allowCredentials = true)
 *   public void delete(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <h2>Composed policies</h2>
 * An annotation type annotated with {@code @CrossOrigin} stands for that policy; putting it
 * on a class or method is the same as putting the {@code @CrossOrigin} there. Two policies on
 * one element are a compile error.
 *
 * <pre>{@code
 * @CrossOrigin(origins = "https://admin.example.com", allowCredentials = true)
 * @Retention(CLASS) @Target({TYPE, METHOD})
 * public @interface AdminCors {}
 * }</pre>
 *
 * <p>{@code @CrossOrigin} with neither {@link #origins} nor {@link #originPatterns} means
 * {@code origins = "*"}: a public API, readable from any origin without credentials.
 */
@Documented
@Retention(CLASS)
@Target({TYPE, METHOD, PACKAGE, ANNOTATION_TYPE})
public @interface CrossOrigin {

  /**
   * Allowed origins, each a serialized origin exactly as browsers send it in the
   * {@code Origin} header: {@code "https://app.example.com"}, {@code "http://localhost:5173"}
   * (lowercase, no path, no trailing slash, no default port).
   *
   * <p>{@code "*"} alone allows any origin (never together with credentials).
   * {@code "${NAME}"} is read when the application starts, from system property {@code NAME},
   * else environment variable {@code NAME}, as a comma-separated list of origins, checked by
   * the same rules as at compile time; an invalid value stops startup.
   */
  String[] origins() default {};

  /**
   * Allowed origin patterns. {@code "https://*.example.com"} matches any origin whose host ends
   * in one or more whole labels before {@code example.com} (not {@code example.com} itself);
   * {@code "http://localhost:*"} matches any port. Patterns are matched label by label, never
   * compiled into a regular expression. A pattern whose fixed part is a public suffix
   * ({@code https://*.com}, {@code https://*.github.io}) is a compile error.
   */
  String[] originPatterns() default {};

  /**
   * Methods a cross-origin request may use, sent in {@code Access-Control-Allow-Methods}.
   * Default: every method the route serves. Names are case-sensitive RFC 9110 tokens
   * ({@code "PUT"}, not {@code "put"}); each must be served by the route.
   */
  String[] methods() default {};

  /**
   * Request headers a cross-origin request may send, sent in
   * {@code Access-Control-Allow-Headers}. Default: whatever the preflight asks for, provided it
   * is a well-formed header list. {@code "*"} is the Fetch wildcard, which never covers
   * {@code Authorization} and is not allowed with credentials.
   */
  String[] allowedHeaders() default {};

  /**
   * Response headers, beyond the CORS-safelisted ones, that the page's JavaScript may read,
   * sent in {@code Access-Control-Expose-Headers}.
   */
  String[] exposedHeaders() default {};

  /**
   * Whether the browser may send cookies and HTTP authentication, and let the page read the
   * response ({@code Access-Control-Allow-Credentials: true}). Requires explicit origins: the
   * Fetch standard forbids {@code *} with credentials.
   */
  boolean allowCredentials() default false;

  /**
   * How long, in seconds, the browser may cache a preflight answer
   * ({@code Access-Control-Max-Age}). {@code -1} sends no header (the browser's default, 5 s).
   * Browsers cap it: Chromium at 7200, Firefox at 86400.
   */
  long maxAge() default 1800;

  /**
   * Whether to answer {@code Access-Control-Request-Private-Network: true} with
   * {@code Access-Control-Allow-Private-Network: true} (Private Network Access), letting a
   * public page reach this server on a private network.
   */
  boolean allowPrivateNetwork() default false;
}
