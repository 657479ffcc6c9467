package org.corsroutes.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routes of one application: the prepared tables of the root resources it has. Which those
 * are is learned from the application's configuration where the server lists resources there
 * (Jersey), and from JAX-RS itself as it binds each resource method ({@link CorsBinder}), so a
 * {@code CorsFeature} applies only the policies of its own application's resources. With no
 * resource known at the first preflight, every table on the class path is used (an
 * application found by scanning). The router is rebuilt, checked, when a root is added.
 */
final class ApplicationRoutes {
  final PreparedRoutes prepared;
  private final Map<String, PreparedRoutes.Node> members = new LinkedHashMap<>();
  /** Whether the configuration listed the roots: then binding adds none (see learnRoots). */
  private boolean configured;
  private volatile PreflightRouter router;

  ApplicationRoutes(PreparedRoutes prepared) {
    this.prepared = prepared;
  }

  /**
   * The roots the application's configuration lists. When it lists any, they are the
   * application's roots: the classes JAX-RS binds later may be sub-resources reached through a
   * locator, and one of them may be another application's root.
   */
  synchronized void configuredRoots(Collection<String> classNames) {
    configured = addRoots(classNames);
  }

  /** A class JAX-RS binds methods of; a root of this application unless the configuration said. */
  synchronized void learnRoots(Collection<String> classNames) {
    if (!configured) {
      addRoots(classNames);
    }
  }

  /**
   * Adds the root resources among {@code classNames}; false when none was new.
   *
   * @throws CorsStartupException when the application's routes conflict
   */
  private boolean addRoots(Collection<String> classNames) {
    boolean added = false;
    for (String name : classNames) {
      PreparedRoutes.Node node = prepared.roots.get(name);
      if (node != null && !members.containsKey(name)) {
        members.put(name, node);
        added = true;
      }
    }
    if (added) {
      router = new PreflightRouter(new ArrayList<>(members.values()));
    }
    return added;
  }

  synchronized boolean isMember(String rootClass) {
    return members.isEmpty() || members.containsKey(rootClass);
  }

  /** The roots the configuration listed (empty: JAX-RS will tell, as it deploys them). */
  synchronized java.util.List<PreparedRoutes.Node> roots() {
    return java.util.List.copyOf(members.values());
  }

  synchronized int size() {
    return members.size();
  }

  /** The router of the application's resources. */
  PreflightRouter router() {
    PreflightRouter r = router;
    if (r == null) {
      synchronized (this) {
        if (router == null) {
          router = new PreflightRouter(prepared.roots.values()); // nothing learned: all tables
        }
        r = router;
      }
    }
    return r;
  }
}
