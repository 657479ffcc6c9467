package org.corsroutes.runtime;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Logs refusals through {@link System.Logger} {@value #LOGGER}, at INFO, so a flood cannot fill
 * the log: a refusal of the same route, origin and reason is logged once per interval, and at
 * most {@value #MAX_LINES} refusal lines go out per interval whatever they are; one line at the
 * start of the next interval counts those left out. Memory is fixed ({@value #SLOTS} slots of
 * two longs, indexed by a hash of the key; a collision costs at most an extra line), and the
 * check takes no lock and allocates nothing: a refusal that is not logged costs a few atomic
 * reads. The message is built only for a line that goes out.
 */
final class RefusalLog {
  /** The logger's name: the runtime's package. */
  static final String LOGGER = "org.corsroutes.runtime";
  static final long DEFAULT_INTERVAL_SECONDS = 60;
  /** Most refusal lines per interval, all keys together. */
  static final int MAX_LINES = 100;
  private static final int SLOTS = 1024;

  private final System.Logger logger;
  private final LongSupplier nanoClock;
  private final long intervalNanos;
  private final long intervalSeconds;
  private final AtomicLongArray keys = new AtomicLongArray(SLOTS);
  private final AtomicLongArray loggedAt = new AtomicLongArray(SLOTS);
  private final AtomicLong intervalStart;
  private final AtomicInteger linesInInterval = new AtomicInteger();
  private final LongAdder notLogged = new LongAdder();

  /**
   * @param nanoClock {@link System#nanoTime}, or a test's own clock
   * @param intervalSeconds how long a logged key stays quiet
   */
  RefusalLog(System.Logger logger, LongSupplier nanoClock, long intervalSeconds) {
    this.logger = logger;
    this.nanoClock = nanoClock;
    this.intervalSeconds = intervalSeconds;
    this.intervalNanos = TimeUnit.SECONDS.toNanos(intervalSeconds);
    this.intervalStart = new AtomicLong(nanoClock.getAsLong());
  }

  static RefusalLog system() {
    return new RefusalLog(System.getLogger(LOGGER), System::nanoTime, DEFAULT_INTERVAL_SECONDS);
  }

  /**
   * Logs the refusal {@code message} describes, unless the same route, origin and reason was
   * logged less than an interval ago or the interval's lines are spent.
   *
   * @param route what identifies the route (and method), compared by identity
   */
  void refused(Object route, String origin, RefusalReason reason, Supplier<Refusal> message) {
    if (!logger.isLoggable(Level.INFO)) {
      return;
    }
    long now = nanoClock.getAsLong();
    startIntervalIfDue(now);
    long key = key(route, origin, reason);
    int slot = slot(key);
    if (keys.get(slot) == key && now - loggedAt.get(slot) < intervalNanos) {
      notLogged.increment(); // a repeat: logged less than an interval ago
      return;
    }
    if (linesInInterval.incrementAndGet() > MAX_LINES) {
      notLogged.increment();
      return;
    }
    loggedAt.set(slot, now);
    keys.set(slot, key);
    logger.log(Level.INFO, message.get().logLine());
  }

  private void startIntervalIfDue(long now) {
    long start = intervalStart.get();
    if (now - start >= intervalNanos && intervalStart.compareAndSet(start, now)) {
      linesInInterval.set(0);
      long skipped = notLogged.sumThenReset();
      if (skipped > 0) {
        logger.log(Level.INFO, "CORS Routes: " + skipped + " more refusal" + (skipped == 1 ? "" : "s")
            + " in the last " + intervalSeconds + " s or more not logged (the same route, origin"
            + " and reason is logged once per " + intervalSeconds + " s, and at most " + MAX_LINES
            + " refusals per " + intervalSeconds + " s)");
      }
    }
  }

  private static long key(Object route, String origin, RefusalReason reason) {
    long h = System.identityHashCode(route);
    h = h * 0x9E3779B97F4A7C15L + (origin == null ? 0 : origin.hashCode());
    h = h * 0x9E3779B97F4A7C15L + reason.ordinal();
    return h == 0 ? 1 : h; // 0 marks an empty slot
  }

  private static int slot(long key) {
    return (int) ((key ^ (key >>> 29)) & (SLOTS - 1));
  }
}
