package org.corsroutes.runtime;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the CORS route tables the CORS Routes processor generated, in any Jakarta REST
 * server. Registering it is all an application does:
 *
 * <pre>{@code
 * new ResourceConfig(UsersResource.class).register(CorsFeature.class);
 * // or, with options:
 * new ResourceConfig(UsersResource.class)
 *     .register(new CorsFeature().refusedRequests(CorsFeature.RefusedRequests.PASS));
 * }</pre>
 *
 * <h2>How tables are found</h2>
 * The processor lists every generated table in
 * {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}; the feature loads them with
 * {@link ServiceLoader} from the thread context class loader and from its own class loader
 * (one instance per table class). No classpath scanning, no reflective annotation reading.
 * {@link #of(CorsRouteTable...)} takes explicit tables instead.
 *
 * <h2>What happens at startup</h2>
 * Each table is the resource tree of one root resource; the application's roots (those its
 * configuration lists, and those JAX-RS binds) form its preflight router, and each resource
 * method gets its policy bound as JAX-RS deploys it ({@link CorsBinder}). {@code ${NAME}} origins are
 * read from system property {@code NAME}, else environment variable {@code NAME}
 * (comma-separated, trimmed) and checked by the compile-time rules. Anything wrong (an unset
 * variable, an invalid origin, two policies for one route and method) throws
 * {@link CorsStartupException}: the application does not start with a CORS policy it did not
 * intend.
 *
 * <h2>Options</h2>
 * Each is a fluent setter and a property: of the application's configuration
 * ({@code ResourceConfig.property(...)}, {@code Application.getProperties()}), else of
 * MicroProfile Config where the application has an implementation of it (on Quarkus, a line in
 * {@code application.properties}, such as {@code corsroutes.preflightStatus=200}; Quarkus REST
 * passes features no configuration properties). The setter wins over both, the application's
 * configuration over MicroProfile Config.
 * <table>
 *   <caption>CorsFeature options</caption>
 *   <tr><th>setter</th><th>property</th><th>values</th></tr>
 *   <tr><td>{@link #refusedRequests(RefusedRequests)}</td><td>{@value #REFUSED_REQUESTS}</td>
 *       <td>{@code forbid} (default): a cross-origin request from an origin the route's policy
 *       does not allow, or with a method the policy does not cover, gets 403 (blocks
 *       simple-request CSRF, as Spring does). {@code pass}: it reaches the application and
 *       gets no CORS headers, so the browser hides the response.</td></tr>
 *   <tr><td>{@link #preflightStatus(int)}</td><td>{@value #PREFLIGHT_STATUS}</td>
 *       <td>{@code 204} (default) or {@code 200}, the status of an allowed preflight.</td></tr>
 *   <tr><td>{@link #forwardedHeaders(ForwardedHeaders)}</td><td>{@value #FORWARDED_HEADERS}</td>
 *       <td>{@code ignore} (default): a request's own origin is the scheme, host and port of the
 *       request URI as the server sees it, so a request whose {@code Origin} is that origin is
 *       not CORS and is never refused. {@code trust}: behind a reverse proxy that terminates TLS
 *       or changes the host, the first element of {@code Forwarded} ({@code proto},
 *       {@code host}), else the first values of {@code X-Forwarded-Proto},
 *       {@code X-Forwarded-Host} and {@code X-Forwarded-Port}, say what the request's own
 *       origin is, so the site's own pages are not refused. Set it only when every request
 *       reaches the server through proxies that set these headers and drop the client's own:
 *       Jakarta REST does not tell the filters which peer sent a request, so they cannot be
 *       trusted per proxy address. Nothing else reads these headers.</td></tr>
 *   <tr><td>{@link #refusalBody(RefusalBody)}</td><td>{@value #REFUSAL_BODY}</td>
 *       <td>{@code plain} (default): a refusal's 403 says only {@code CORS request refused}.
 *       {@code explained}: it also says why (the reason and the policy, never a value the request
 *       sent), for development; never in production, where it tells a prober what the policy
 *       allows. Every refusal is logged either way.</td></tr>
 *   <tr><td>{@link #missingTables(MissingTables)}</td><td>{@value #MISSING_TABLES}</td>
 *       <td>{@code fail} (default): no route table at all means the processor did not run (it
 *       writes one for every root resource, with a policy or not), so startup fails with
 *       {@link CorsStartupException} saying how to configure it. {@code allow}: for an
 *       application that really has no resources compiled with the processor yet; CorsFeature
 *       then sends no CORS header.</td></tr>
 * </table>
 *
 * <h2>Logging</h2>
 * Through {@link System.Logger} {@code org.corsroutes.runtime} (java.util.logging unless the
 * application routes it elsewhere), at INFO: one line at startup with what was loaded, and one
 * line per refusal with the route, the policy and where it is written, the reason, and what the
 * browser console shows. A refusal of the same route, origin and reason is logged once a minute,
 * at most 100 refusals a minute; request values are quoted, escaped and cut short.
 *
 * <p>Preflights are answered {@code @PreMatching} at priority {@value #PRIORITY}, before
 * authentication filters ({@link Priorities#AUTHENTICATION}), so they never get a 401, 404 or
 * 405. Actual requests are decided after matching, at the same priority, by the filter bound
 * to the matched method: after every pre-matching filter, before post-matching authentication.
 */
public final class CorsFeature implements Feature, DynamicFeature {
  /** Configuration property: {@code forbid} (default) or {@code pass}. */
  public static final String REFUSED_REQUESTS = "corsroutes.refusedRequests";
  /** Configuration property: {@code 204} (default) or {@code 200}. */
  public static final String PREFLIGHT_STATUS = "corsroutes.preflightStatus";
  /** Configuration property: {@code ignore} (default) or {@code trust}. */
  public static final String FORWARDED_HEADERS = "corsroutes.forwardedHeaders";
  /** Configuration property: {@code plain} (default) or {@code explained} (development only). */
  public static final String REFUSAL_BODY = "corsroutes.refusalBody";
  /** Configuration property: {@code fail} (default) or {@code allow}. */
  public static final String MISSING_TABLES = "corsroutes.missingTables";
  /** Priority of the request and response filters: before authentication. */
  public static final int PRIORITY = Priorities.AUTHENTICATION - 500;

  /** What a cross-origin request the policy does not allow gets. */
  public enum RefusedRequests {
    /** 403 with a short plain-text body, {@code Vary: Origin} and no CORS headers. */
    FORBID,
    /** The application's response, without CORS headers (the browser hides it). */
    PASS
  }

  /**
   * Whether proxies' {@code Forwarded} and {@code X-Forwarded-*} headers say what a request's own
   * origin is.
   */
  public enum ForwardedHeaders {
    /** The request URI as the server sees it is the request's own origin; headers are ignored. */
    IGNORE,
    /**
     * The headers say how the client addressed the server: only for servers that every request
     * reaches through proxies that set them, replacing whatever the client sent.
     */
    TRUST
  }

  /** What the body of a refusal's 403 says. */
  public enum RefusalBody {
    /** {@code CORS request refused}, nothing more: what production needs. */
    PLAIN,
    /**
     * The reason and the policy (no value the request sent), for development: never in
     * production, where it tells a prober what the policy allows.
     */
    EXPLAINED
  }

  /** What startup does when no route table is found at all. */
  public enum MissingTables {
    /** Fail: the processor did not run, and every cross-origin call would be refused. */
    FAIL,
    /** Start without CORS: for an application with no resource compiled by the processor yet. */
    ALLOW
  }

  /** Configuration property: the application's {@link CorsBinder}, for {@link #configure(ResourceInfo, FeatureContext)}. */
  static final String BINDER = "org.corsroutes.runtime.binder";

  private final List<CorsRouteTable> tables; // null: load with ServiceLoader
  private volatile CorsBinder binder; // set by configure(FeatureContext)
  private RefusedRequests refusedRequests;
  private ForwardedHeaders forwardedHeaders;
  private Integer preflightStatus;
  private RefusalBody refusalBody;
  private MissingTables missingTables;

  /** Loads the generated tables with {@link ServiceLoader} when the application starts. */
  public CorsFeature() {
    this.tables = null;
  }

  private CorsFeature(List<CorsRouteTable> tables) {
    this.tables = tables;
  }

  /** A feature applying exactly these tables (tests, or tables assembled by hand). */
  public static CorsFeature of(CorsRouteTable... tables) {
    return new CorsFeature(List.of(tables));
  }

  /** See {@link #REFUSED_REQUESTS}. */
  public CorsFeature refusedRequests(RefusedRequests refusedRequests) {
    this.refusedRequests = java.util.Objects.requireNonNull(refusedRequests, "refusedRequests");
    return this;
  }

  /** See {@link #FORWARDED_HEADERS}. */
  public CorsFeature forwardedHeaders(ForwardedHeaders forwardedHeaders) {
    this.forwardedHeaders = java.util.Objects.requireNonNull(forwardedHeaders, "forwardedHeaders");
    return this;
  }

  /** See {@link #REFUSAL_BODY}. */
  public CorsFeature refusalBody(RefusalBody refusalBody) {
    this.refusalBody = java.util.Objects.requireNonNull(refusalBody, "refusalBody");
    return this;
  }

  /** See {@link #MISSING_TABLES}. */
  public CorsFeature missingTables(MissingTables missingTables) {
    this.missingTables = java.util.Objects.requireNonNull(missingTables, "missingTables");
    return this;
  }

  /** See {@link #PREFLIGHT_STATUS}; 200 or 204. */
  public CorsFeature preflightStatus(int status) {
    this.preflightStatus = checkPreflightStatus(status);
    return this;
  }

  @Override
  public boolean configure(FeatureContext context) {
    Configuration configuration = context.getConfiguration();
    // Registered twice (class and instance, or two instances): apply once. Quarkus REST never
    // reports a component as registered, but its features share one configuration, where the
    // first one left its binder.
    if (configuration.isRegistered(PreflightFilter.class)
        || configuration.getProperty(BINDER) instanceof CorsBinder) {
      return false;
    }
    List<CorsRouteTable> loaded = tables != null ? tables : loadTables();
    Function<String, Object> properties = properties(configuration);
    RefusedRequests refused =
        option(refusedRequests, properties, REFUSED_REQUESTS, RefusedRequests.class);
    RefusalBody body = option(refusalBody, properties, REFUSAL_BODY, RefusalBody.class);
    int status = preflightStatus(properties);
    if (loaded.isEmpty()) {
      if (option(missingTables, properties, MISSING_TABLES, MissingTables.class)
          == MissingTables.FAIL) {
        throw new CorsStartupException(NO_TABLES);
      }
      LOG.log(System.Logger.Level.INFO, "CORS Routes: no route table, and " + MISSING_TABLES
          + "=allow: no CORS headers will be sent");
    }
    PreparedRoutes prepared = new PreparedRoutes(loaded, OriginVariables.fromSystem());
    ApplicationRoutes routes = new ApplicationRoutes(prepared);
    routes.configuredRoots(registeredClassNames(configuration)); // checks the routes now where it can
    Refusals refusals = new Refusals(RefusalLog.system(), body == RefusalBody.EXPLAINED);
    // One priority for every contract, not a contract map: Quarkus REST's FeatureContext
    // implements only register(Object) and register(Object, int) and throws on the others.
    context.register(new PreflightFilter(routes, status, refusals), PRIORITY);
    CorsBinder binder = new CorsBinder(routes, refused == RefusedRequests.FORBID,
        option(forwardedHeaders, properties, FORWARDED_HEADERS, ForwardedHeaders.class)
            == ForwardedHeaders.TRUST, refusals);
    this.binder = binder;
    // The server may call configure(ResourceInfo, ...) on another instance (one made from the
    // registered class): the binder travels in the application's configuration.
    context.property(BINDER, binder);
    context.register(binder);
    if (!loaded.isEmpty()) {
      LOG.log(System.Logger.Level.INFO, summary(loaded, routes, refused, status, body));
    }
    return true;
  }

  private static final System.Logger LOG = System.getLogger(RefusalLog.LOGGER);

  static final String NO_TABLES = "CORS Routes: no CorsRouteTable found: the cors-processor"
      + " annotation processor did not run when the resources were compiled (it writes a table"
      + " for every root resource, with a policy or not), so no response would carry CORS headers"
      + " and browsers would block every cross-origin call. With Maven, name it in maven-compiler-plugin's <annotationProcessorPaths>"
      + " (<path><groupId>org.corsroutes</groupId><artifactId>cors-processor</artifactId>"
      + "<version>...</version></path>; JDK 23 and later run no processor found only on the class"
      + " path, and maven-compiler-plugin before 3.5 ignores the setting); with Gradle,"
      + " annotationProcessor \"org.corsroutes:cors-processor:...\". If the application has no"
      + " resource compiled with the processor yet, set " + MISSING_TABLES + "=allow (or"
      + " new CorsFeature().missingTables(CorsFeature.MissingTables.ALLOW))";

  /** The startup line: what was loaded, what applies here, and how refusals are answered. */
  private static String summary(List<CorsRouteTable> loaded, ApplicationRoutes routes,
      RefusedRequests refused, int status, RefusalBody body) {
    List<PreparedRoutes.Node> own = routes.roots();
    PreparedRoutes.Counts counts = PreparedRoutes.Counts.of(
        own.isEmpty() ? routes.prepared.roots.values() : own);
    String tables = loaded.size() + " route table" + (loaded.size() == 1 ? "" : "s");
    return "CORS Routes: " + (own.isEmpty()
            ? tables + " (the configuration lists none of their resources: those JAX-RS deploys"
                + " apply), "
            : own.size() + " of " + tables + (own.size() == 1 ? " applies" : " apply")
                + " to this application: ")
        + counts.routes() + " route" + (counts.routes() == 1 ? "" : "s") + " with "
        + counts.methods() + " resource method" + (counts.methods() == 1 ? "" : "s") + ", "
        + counts.policies() + " polic" + (counts.policies() == 1 ? "y" : "ies")
        + "; refused requests: " + refused.name().toLowerCase(Locale.ROOT)
        + ", preflight status: " + status
        + ", refusal body: " + body.name().toLowerCase(Locale.ROOT)
        + (body == RefusalBody.EXPLAINED ? " (development only)" : "");
  }

  /**
   * Binds the policy of a resource method, as the {@link CorsBinder} registered by
   * {@link #configure(FeatureContext)} does. For servers that apply only the dynamic features
   * they discover themselves and drop one a {@code Feature} registers: Quarkus REST finds them
   * when it builds the application, so there CorsFeature listed by the application (or a
   * {@code @Provider} delegating to it) binds the methods through this contract. Where the
   * server calls both, the binder binds each method once.
   */
  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Object shared = context.getConfiguration().getProperty(BINDER);
    CorsBinder b = shared instanceof CorsBinder configured ? configured : binder;
    if (b != null) {
      b.configure(resourceInfo, context);
    }
  }

  /**
   * The classes registered with the application, where the server lists its resources among
   * them (Jersey's ResourceConfig does); the others are learned as JAX-RS binds their methods.
   */
  private static Set<String> registeredClassNames(Configuration configuration) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> type : configuration.getClasses()) {
      names.add(type.getName());
    }
    for (Object instance : configuration.getInstances()) {
      names.add(instance.getClass().getName());
    }
    return names;
  }

  /**
   * The options' properties: the application's configuration property, else MicroProfile
   * Config's value (Quarkus's {@code application.properties}).
   */
  private static Function<String, Object> properties(Configuration configuration) {
    Function<String, Object> config = MicroProfileConfig.lookup(
        Thread.currentThread().getContextClassLoader(), CorsFeature.class.getClassLoader());
    return name -> {
      Object value = configuration.getProperty(name);
      return value != null ? value : config.apply(name);
    };
  }

  /**
   * The setter's value, else the property's: the enum constant itself or its name in any case;
   * absent, the first constant (the default).
   */
  private static <E extends Enum<E>> E option(E set, Function<String, Object> properties,
      String property, Class<E> type) {
    if (set != null) {
      return set;
    }
    Object value = properties.apply(property);
    E[] values = type.getEnumConstants();
    if (value == null) {
      return values[0];
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    String name = value.toString().trim();
    List<String> names = new ArrayList<>();
    for (E e : values) {
      if (e.name().equalsIgnoreCase(name)) {
        return e;
      }
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new CorsStartupException("CORS Routes: property " + property + " is \""
        + OriginVariables.shown(value.toString()) + "\"; use " + String.join(" or ", names));
  }

  private int preflightStatus(Function<String, Object> properties) {
    if (preflightStatus != null) {
      return preflightStatus;
    }
    Object value = properties.apply(PREFLIGHT_STATUS);
    if (value == null) {
      return 204;
    }
    try {
      return checkPreflightStatus(Integer.parseInt(value.toString().trim()));
    } catch (IllegalArgumentException e) {
      throw new CorsStartupException("CORS Routes: property " + PREFLIGHT_STATUS + " is \""
          + OriginVariables.shown(value.toString()) + "\"; use 204 or 200", e);
    }
  }

  private static int checkPreflightStatus(int status) {
    if (status != 200 && status != 204) {
      throw new IllegalArgumentException("preflight status must be 200 or 204, not " + status);
    }
    return status;
  }

  /** Every table the processor listed, from both class loaders, one per class, sorted by name. */
  static List<CorsRouteTable> loadTables() {
    Map<Class<?>, CorsRouteTable> byClass = new LinkedHashMap<>();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = CorsFeature.class.getClassLoader();
    try {
      if (context != null) {
        for (CorsRouteTable table : ServiceLoader.load(CorsRouteTable.class, context)) {
          byClass.putIfAbsent(table.getClass(), table);
        }
      }
      if (own != context) {
        for (CorsRouteTable table : ServiceLoader.load(CorsRouteTable.class, own)) {
          byClass.putIfAbsent(table.getClass(), table);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new CorsStartupException("CORS Routes: cannot load a generated CorsRouteTable listed in"
          + " META-INF/services/org.corsroutes.runtime.CorsRouteTable: " + e.getMessage(), e);
    }
    List<CorsRouteTable> tables = new ArrayList<>(byClass.values());
    tables.sort(Comparator.comparing(table -> table.getClass().getName()));
    return tables;
  }
}
