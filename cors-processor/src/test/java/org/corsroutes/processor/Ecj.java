package org.corsroutes.processor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with Eclipse's compiler (ECJ) instead of javac, as mapstruct runs its
 * processor tests under both: IDE users compile with it. A subclass of a test class marked
 * {@code @Ecj} runs every inherited test again; a difference ECJ makes is stated in the test
 * ({@link Compiler#current()}) and listed in the README.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(Ecj.Switch.class)
@interface Ecj {

  /** Switches {@link Compiler} to ECJ before the class's {@code @BeforeAll}, and back after. */
  final class Switch implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      Compiler.use(Compiler.Kind.ECJ);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      Compiler.use(Compiler.Kind.JAVAC);
    }
  }
}
