package org.corsroutes.differential.truth;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JAX-RS implementation run in memory, in a class loader of its own: the test class path
 * without the other implementation's jars, with the platform class loader as parent, so it has
 * its own copy of the JAX-RS API and finds only its own {@code RuntimeDelegate}. A resource set
 * is loaded by a child of that loader, so each implementation sees its own copy of the set.
 */
public enum Implementation {
  JERSEY("Jersey", "org.corsroutes.differential.truth.jersey.JerseyOracle",
      "jersey-server-", List.of("/org/jboss/resteasy/")),
  RESTEASY("RESTEasy", "org.corsroutes.differential.truth.resteasy.ResteasyOracle",
      "resteasy-core-", List.of("/org/glassfish/jersey/", "/org/glassfish/hk2/"));

  /** Kept, so the levels set here are not collected with the loggers. */
  private static final List<Logger> QUIET = new ArrayList<>();

  static {
    // Jersey warns about every empty @Path, RESTEasy about every ambiguous match the corpus
    // makes on purpose; neither says anything the answers do not.
    for (String name : List.of("org.glassfish", "org.jboss")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.SEVERE);
      QUIET.add(logger);
    }
  }

  private final String displayName;
  private final String oracleClass;
  private final String versionJar;
  private final List<String> excluded;
  private URLClassLoader loader;
  private String version;

  Implementation(String displayName, String oracleClass, String versionJar,
      List<String> excluded) {
    this.displayName = displayName;
    this.oracleClass = oracleClass;
    this.versionJar = versionJar;
    this.excluded = excluded;
  }

  /** "Jersey 4.0.2", read from the jar on the class path. */
  public synchronized String label() {
    loader();
    return displayName + " " + version;
  }

  private synchronized ClassLoader loader() {
    if (loader == null) {
      List<URL> urls = new ArrayList<>();
      Pattern versioned = Pattern.compile("/" + Pattern.quote(versionJar) + "(\\d[^/]*)\\.jar$");
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        String path = entry.replace(File.separatorChar, '/');
        if (excluded.stream().anyMatch(path::contains)) {
          continue;
        }
        Matcher m = versioned.matcher(path);
        if (m.find()) {
          version = m.group(1);
        }
        urls.add(url(Path.of(entry)));
      }
      if (version == null) {
        throw new IllegalStateException(versionJar + "*.jar is not on the test class path");
      }
      loader = new URLClassLoader(name() + "-isolated", urls.toArray(URL[]::new),
          ClassLoader.getPlatformClassLoader());
    }
    return loader;
  }

  /**
   * Deploys the set whose classes are in {@code classes}, with these root resources; {@code
   * reversed} registers them (and, for RESTEasy, each class's methods) in the opposite order.
   */
  public Oracle deploy(Path classes, List<String> rootClassNames, boolean reversed) {
    URLClassLoader setLoader = new URLClassLoader(name() + "-set",
        new URL[] {url(classes)}, loader());
    return Oracle.boot(this, setLoader, oracleClass, rootClassNames, reversed);
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }

  /** One deployed set: asks the implementation where requests go. */
  public static final class Oracle implements AutoCloseable {
    private final Implementation implementation;
    private final URLClassLoader setLoader;
    private final BiFunction<String, String, String> target;

    private Oracle(Implementation implementation, URLClassLoader setLoader,
        BiFunction<String, String, String> target) {
      this.implementation = implementation;
      this.setLoader = setLoader;
      this.target = target;
    }

    @SuppressWarnings("unchecked")
    static Oracle boot(Implementation implementation, URLClassLoader setLoader, String oracleClass,
        List<String> roots, boolean reversed) {
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      // Both implementations find their providers (and JAX-RS its RuntimeDelegate) through
      // the context class loader: it must be the isolated one, never the test class path.
      Thread.currentThread().setContextClassLoader(setLoader);
      try {
        Object oracle = setLoader.loadClass(oracleClass)
            .getConstructor(ClassLoader.class, List.class, Boolean.class)
            .newInstance(setLoader, roots, reversed);
        return new Oracle(implementation, setLoader, (BiFunction<String, String, String>) oracle);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(implementation + " refused " + roots,
            e.getCause() != null ? e.getCause() : e);
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }

    public Implementation implementation() {
      return implementation;
    }

    /** Where {@code method /rawPath} goes. */
    public Answer ask(String method, String rawPath) {
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(setLoader);
      try {
        String[] raw = target.apply(method, rawPath).split("\t", -1);
        int status = Integer.parseInt(raw[0]);
        List<String> trail = raw[1].isEmpty() ? List.of() : List.of(raw[1].split(","));
        return decode(status, trail);
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }

    /** The last method run is the resource method, the ones before it locators. */
    private static Answer decode(int status, List<String> trail) {
      if (status / 100 == 2 && !trail.isEmpty() && !isLocator(trail.get(trail.size() - 1))) {
        return new Answer(trail.get(trail.size() - 1), status,
            trail.subList(0, trail.size() - 1));
      }
      return new Answer(null, status, trail);
    }

    /** Generated locators are named "loc" + a number. */
    static boolean isLocator(String javaMethod) {
      return javaMethod.substring(javaMethod.indexOf('#') + 1).startsWith("loc");
    }

    @Override
    public void close() {
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(setLoader);
      try {
        if (target instanceof AutoCloseable closeable) {
          closeable.close();
        }
        setLoader.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }
  }
}
