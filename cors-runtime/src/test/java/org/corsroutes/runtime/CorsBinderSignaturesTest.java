package org.corsroutes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names under which a bound method is looked up: its own erasure, and the erasures of the
 * generic methods it implements, which is how a table lists a method of a sub-resource
 * interface (by the type the locator declares).
 */
class CorsBinderSignaturesTest {
  interface Notes<N> {
    N add(N note);
  }

  static final class StringNotes implements Notes<String> {
    @Override
    public String add(String note) {
      return note;
    }

    public String add(String note, int times) {
      return note.repeat(times);
    }
  }

  @Test
  void aMethodImplementingAGenericOneIsAlsoKnownByTheErasureItImplements() throws Exception {
    Method add = StringNotes.class.getMethod("add", String.class);
    assertEquals(List.of("add(java.lang.String)", "add(java.lang.Object)"),
        CorsBinder.javaMethods(add, StringNotes.class));
  }

  @Test
  void aMethodWithoutBridgeHasOneName() throws Exception {
    Method add = StringNotes.class.getMethod("add", String.class, int.class);
    assertEquals(List.of("add(java.lang.String,int)"),
        CorsBinder.javaMethods(add, StringNotes.class));
  }

  @Test
  void aBridgeIsAlsoKnownByTheMethodItCalls() throws Exception {
    // Quarkus REST reports the bridge add(java.lang.Object) for a root resource that implements
    // a generic interface; its table lists the class's own add(java.lang.String).
    Method bridge = StringNotes.class.getMethod("add", Object.class);
    assertTrue(bridge.isBridge());
    assertEquals(List.of("add(java.lang.Object)", "add(java.lang.String)"),
        CorsBinder.javaMethods(bridge, StringNotes.class));
  }
}
