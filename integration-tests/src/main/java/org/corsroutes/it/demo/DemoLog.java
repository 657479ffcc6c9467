package org.corsroutes.it.demo;

import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server saw of the browser demo, per page run: every request to {@code /demo/...}
 * whose query names a {@code run} and a {@code case}, preflights included, with the status it
 * got. The page reads it back from {@link DemoLogResource} to show, for instance, that a
 * refused DELETE never reached the resource, or that a cached preflight was not sent again.
 * Bounded: the last {@value #MAX_RUNS} runs, {@value #MAX_ENTRIES} entries each.
 */
public final class DemoLog {
  static final String PROPERTY = DemoLog.class.getName();
  static final int MAX_RUNS = 50;
  static final int MAX_ENTRIES = 200;

  /** One request as the server answered it. */
  public record Entry(String caseId, String method, boolean preflight, String origin, int status) {}

  // Inside a LinkedHashMap subclass a bare "Entry" names the map's own inherited member type on
  // newer JDKs, so this record is always spelled DemoLog.Entry here.
  private final Map<String, List<DemoLog.Entry>> runs = new LinkedHashMap<>() {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<DemoLog.Entry>> eldest) {
      return size() > MAX_RUNS;
    }
  };

  static DemoLog of(Configuration config) {
    return (DemoLog) config.getProperty(PROPERTY);
  }

  synchronized void record(String run, Entry entry) {
    List<Entry> entries = runs.computeIfAbsent(run, r -> new ArrayList<>());
    if (entries.size() < MAX_ENTRIES) {
      entries.add(entry);
    }
  }

  /** The requests of one run, in the order they were answered. */
  public synchronized List<Entry> entries(String run) {
    return List.copyOf(runs.getOrDefault(run, List.of()));
  }
}
