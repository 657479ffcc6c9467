package org.corsroutes.processor.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Lists every table in {@code META-INF/services/org.corsroutes.runtime.CorsRouteTable}, which is
 * how {@code CorsFeature} finds them with {@link java.util.ServiceLoader}: this compilation's,
 * and those of earlier compilations into the same class output that still stand
 * ({@link Outputs}).
 */
public final class ServiceFileWriter {
  public static final String PATH = "META-INF/services/org.corsroutes.runtime.CorsRouteTable";

  private ServiceFileWriter() {}

  static void write(Filer filer, Collection<String> tables) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer out = file.openWriter()) {
      for (String table : new TreeSet<>(tables)) {
        out.write(table);
        out.write('\n');
      }
    }
  }
}
