package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables are found through META-INF/services, once per class whatever the class loaders. */
class CorsFeatureLoadingTest {

  @Test
  void findsListedTablesOncePerClass() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // A context loader that delegates to ours sees the same table class: it must count once.
    thread.setContextClassLoader(new URLClassLoader(new URL[0], CorsFeature.class.getClassLoader()));
    try {
      List<CorsRouteTable> tables = CorsFeature.loadTables();
      assertEquals(1, tables.size());
      assertEquals(ServiceLoadedTable.class, tables.get(0).getClass());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void worksWithoutAContextClassLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(null);
    try {
      assertEquals(1, CorsFeature.loadTables().size());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
