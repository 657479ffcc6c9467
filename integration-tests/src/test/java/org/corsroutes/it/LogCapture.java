package org.corsroutes.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What CORS Routes logs through {@link System.Logger}, caught where it lands by default:
 * java.util.logging, logger {@code org.corsroutes.runtime}.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  static final String LOGGER = "org.corsroutes.runtime";
  /** Held: java.util.logging keeps loggers weakly, and a collected one loses its handlers. */
  private final Logger logger = Logger.getLogger(LOGGER);
  private final List<String> lines = new CopyOnWriteArrayList<>();

  public LogCapture() {
    logger.addHandler(this);
  }

  @Override public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  /** The lines logged since the capture started, and forgets them. */
  public List<String> take() {
    List<String> out = List.copyOf(lines);
    lines.clear();
    return out;
  }

  @Override public void flush() {}

  @Override public void close() {
    logger.removeHandler(this);
  }
}
