package org.corsroutes.it.security;

import org.corsroutes.it.SampleApp;

/**
 * The sample API plus what the security tests need: resources that fail in every way, one that
 * writes its own CORS headers, one that answers OPTIONS itself, a filter that rewrites
 * {@code Origin} after the CORS decision, and a response filter that writes CORS headers. Options go in as properties, as for the sample.
 */
public class SecurityApp extends SampleApp {
  public SecurityApp() {
    register(FailingResource.class);
    register(LegacyHeadersResource.class);
    register(DocumentsResource.class);
    register(OriginRewriteFilter.class);
    register(LegacyCorsFilter.class);
  }

  /** With the application's own catch-all {@link ServerErrorMapper}. */
  public SecurityApp withServerErrorMapper() {
    register(ServerErrorMapper.class);
    return this;
  }
}
