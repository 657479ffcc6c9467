package org.corsroutes.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The processor with a Filer that fails, as a full disk, a read-only directory or another
 * processor's bug would make it: every way out of the processor stays one clear diagnostic.
 */
final class FailingFiler {
  private FailingFiler() {}

  /** A Filer whose {@code createSourceFile} throws {@code failure}. */
  static Function<Filer, Filer> sources(Throwable failure) {
    return filer -> failing(filer, "createSourceFile", failure);
  }

  /** A Filer whose {@code createResource} throws {@code failure}. */
  static Function<Filer, Filer> resources(Throwable failure) {
    return filer -> failing(filer, "createResource", failure);
  }

  private static Filer failing(Filer filer, String method, Throwable failure) {
    return (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(),
        new Class<?>[] {Filer.class}, (proxy, m, args) -> {
          if (m.getName().equals(method)) {
            throw failure;
          }
          try {
            return m.invoke(filer, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** {@link CorsProcessor}, given the environment with the failing Filer. */
  static Processor processor(Function<Filer, Filer> filer) {
    CorsProcessor delegate = new CorsProcessor();
    return new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer failing = filer.apply(env.getFiler());
        delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class}, (proxy, m, args) -> {
              if (m.getName().equals("getFiler")) {
                return failing;
              }
              try {
                return m.invoke(env, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
      }

      @Override
      public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
      }
    };
  }
}
