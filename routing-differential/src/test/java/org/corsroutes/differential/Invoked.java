package org.corsroutes.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generated resources ran for one request: every locator and resource method calls
 * this first, so the harness reads which Java method JAX-RS chose instead of guessing it from
 * the response. Each implementation's class loader has its own copy; per thread, since a
 * request runs on the thread that dispatched it.
 */
public final class Invoked {
  private static final ThreadLocal<List<String>> TRAIL = ThreadLocal.withInitial(ArrayList::new);

  private Invoked() {}

  /** Called by a generated locator or resource method with its "pkg.Class#method". */
  public static void record(String method) {
    TRAIL.get().add(method);
  }

  /** The methods run since the last call, in order, and forgets them. */
  public static List<String> take() {
    List<String> trail = List.copyOf(TRAIL.get());
    TRAIL.get().clear();
    return trail;
  }
}
