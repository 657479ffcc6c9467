package org.corsroutes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally only with processors that declare how: this one aggregates
 * (the service file, the report, and tables that read several types), writes only through the
 * Filer into the class and source outputs, and reads no compiler internals.
 */
class GradleRegistrationTest {
  @Test
  void declaredAggregating() throws IOException, ClassNotFoundException {
    String path = "META-INF/gradle/incremental.annotation.processors";
    try (InputStream in = CorsProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is in the processor jar");
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(List.of(CorsProcessor.class.getName() + ",aggregating"), lines);
      assertTrue(Processor.class.isAssignableFrom(Class.forName(lines.get(0).split(",")[0])));
    }
  }
}
