package org.corsroutes.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.corsroutes.differential.corpus.Request;
import org.corsroutes.differential.corpus.ResourceSet;
import org.corsroutes.differential.predict.RoutePredictor;
import org.corsroutes.differential.truth.Answer;
import org.corsroutes.differential.truth.Implementation;

/** Who answers where a request goes: an implementation (the truth), or the predictor. */
public enum Side {
  JERSEY(Implementation.JERSEY),
  RESTEASY(Implementation.RESTEASY),
  PREDICTOR(null);

  private final Implementation implementation;

  Side(Implementation implementation) {
    this.implementation = implementation;
  }

  public String label() {
    return implementation != null ? implementation.label() : "predictor";
  }

  /** A set deployed on one side. */
  public interface Deployment extends AutoCloseable {
    Answer ask(Request request);

    @Override
    void close();
  }

  /** Deploys a compiled set; {@code reversed} registers it in the opposite order. */
  public Deployment deploy(Path classes, ResourceSet set, boolean reversed,
      RoutePredictor predictor) {
    if (implementation != null) {
      Implementation.Oracle oracle = implementation.deploy(classes, set.rootClassNames(), reversed);
      return new Deployment() {
        @Override
        public Answer ask(Request r) {
          return oracle.ask(r.method(), r.rawPath());
        }

        @Override
        public void close() {
          oracle.close();
        }
      };
    }
    URLClassLoader loader = new URLClassLoader("predictor-set", new URL[] {url(classes)},
        Side.class.getClassLoader());
    return new Deployment() {
      @Override
      public Answer ask(Request r) {
        String method = predictor.predict(loader, set.rootClassNames(), r.method(), r.rawPath());
        return method == null ? Answer.NO_ROUTE : Answer.method(method);
      }

      @Override
      public void close() {
        try {
          loader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }
}
