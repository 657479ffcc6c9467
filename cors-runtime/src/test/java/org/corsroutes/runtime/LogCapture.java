package org.corsroutes.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the runtime logs through {@link System.Logger}, caught where it lands by default:
 * java.util.logging, logger {@code org.corsroutes.runtime}.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger(RefusalLog.LOGGER);
  final List<String> lines = new CopyOnWriteArrayList<>();

  LogCapture() {
    logger.addHandler(this);
  }

  @Override public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override public void flush() {}

  @Override public void close() {
    logger.removeHandler(this);
  }
}
