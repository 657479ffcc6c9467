package org.corsroutes.it;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Origins that naive CORS configurations let through for {@code https://app.example.com}:
 * suffix and prefix matching, scheme confusion, the opaque origin, case and trailing slash.
 */
final class MisconfigurationCorpus {
  private MisconfigurationCorpus() {}

  static Stream<Arguments> refusedForApp() {
    return Stream.of(
        Arguments.of("prefix match (attacker's domain)", "https://app.example.com.evil.com"),
        Arguments.of("suffix match (unanchored)", "https://evilapp.example.com"),
        Arguments.of("scheme confusion (http)", "http://app.example.com"),
        Arguments.of("opaque origin", "null"),
        Arguments.of("uppercase", "HTTPS://APP.EXAMPLE.COM"),
        Arguments.of("trailing slash", "https://app.example.com/"),
        Arguments.of("trailing dot", "https://app.example.com."),
        Arguments.of("other port", "https://app.example.com:8443"),
        Arguments.of("userinfo", "https://app.example.com@evil.com"));
  }
}
