package org.corsroutes.processor.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Lists every generated table in {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable},
 * which is how {@code CorsFeature} finds them with {@link java.util.ServiceLoader}. Written
 * once, when processing is over, from this compilation's tables only, so a deleted resource
 * never leaves a stale entry behind.
 */
public final class ServiceFileWriter {
  public static final String PATH = "META-INF/services/org.corsroutes.runtime.CorsRouteTable";

  private final Set<String> tables = new TreeSet<>();

  public void add(String qualifiedName) {
    tables.add(qualifiedName);
  }

  public boolean isEmpty() {
    return tables.isEmpty();
  }

  public void write(Filer filer) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      for (String table : tables) {
        out.write(table);
        out.write('\n');
      }
    }
  }
}
