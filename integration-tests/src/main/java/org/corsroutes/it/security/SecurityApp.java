package org.corsroutes.it.security;

import org.corsroutes.it.SampleApp;

/**
 * The sample API plus what the security tests need: resources that fail in every way, one that
 * writes its own CORS headers, one that answers OPTIONS itself, and a filter that rewrites
 * {@code Origin} after the CORS decision. Options go in as properties, as for the sample.
 */
public class SecurityApp extends SampleApp {
  public SecurityApp() {
    register(FailingResource.class);
    register(LegacyHeadersResource.class);
    register(DocumentsResource.class);
    register(OriginRewriteFilter.class);
  }

  /** With the application's own catch-all {@link ServerErrorMapper}. */
  public SecurityApp withServerErrorMapper() {
    register(ServerErrorMapper.class);
    return this;
  }
}
