package org.corsroutes.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.corsroutes.differential.DifferentialRun.Outcome;
import org.corsroutes.differential.compare.Comparison;
import org.corsroutes.differential.predict.RoutePredictor;
import org.corsroutes.differential.truth.Answer;
import org.corsroutes.differential.truth.Implementation;
import org.junit.jupiter.api.Test;

/**
 * The predictor path of the harness, proven before a real predictor exists: with Jersey itself
 * plugged in as the predictor, a small run must find no mismatch with Jersey, and exactly the
 * Jersey-versus-RESTEasy disagreements (404 and 405 counted as one) with RESTEasy.
 */
class HarnessSelfTest {

  /** Jersey as a predictor: deploys the set's classes once per set loader. */
  public static final class JerseyAsPredictor implements RoutePredictor {
    private final Map<ClassLoader, Implementation.Oracle> deployed = new ConcurrentHashMap<>();

    @Override
    public String predict(ClassLoader setLoader, List<String> roots, String method,
        String rawPath) {
      Implementation.Oracle oracle = deployed.computeIfAbsent(setLoader,
          l -> Implementation.JERSEY.deploy(classesOf(l), roots, false));
      Answer answer = oracle.ask(method, rawPath);
      return answer.method();
    }

    private static Path classesOf(ClassLoader loader) {
      try {
        return Path.of(((URLClassLoader) loader).getURLs()[0].toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void jerseyAsThePredictorAgreesWithJerseyAndDisagreesWithResteasyWhereJerseyDoes() {
    DifferentialRun run = new DifferentialRun(
        new DifferentialRun.Settings(DifferentialRun.DEFAULT_SEED, 40, "", 1),
        new JerseyAsPredictor(),
        Path.of(System.getProperty("basedir", "."), "target", "routing-differential-self"));
    assertEquals(List.of(), new Comparison(run, Side.PREDICTOR, Side.JERSEY).disagreements);
    Set<Outcome> predictorVsResteasy = outcomes(new Comparison(run, Side.PREDICTOR,
        Side.RESTEASY));
    Set<Outcome> jerseyVsResteasy = outcomes(new Comparison(run, Side.JERSEY, Side.RESTEASY));
    assertTrue(jerseyVsResteasy.containsAll(predictorVsResteasy),
        "the predictor mismatches RESTEasy only where Jersey does");
    jerseyVsResteasy.removeAll(predictorVsResteasy);
    for (Outcome o : jerseyVsResteasy) {
      // The rest differ only in 404 against 405 (both null to a predictor), or RESTEasy's
      // other order gives Jersey's answer, which a predictor may give.
      assertTrue(!o.jersey().reached() && !o.resteasy().reached()
          || o.alternative(Side.RESTEASY) != null, o.toString());
    }
    assertTrue(predictorVsResteasy.size() > 0, "40 sets should show some difference");
  }

  private static Set<Outcome> outcomes(Comparison c) {
    Set<Outcome> out = new HashSet<>();
    c.disagreements.forEach(d -> out.add(d.outcome()));
    return out;
  }
}
