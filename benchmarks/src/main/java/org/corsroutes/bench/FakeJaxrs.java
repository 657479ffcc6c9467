package org.corsroutes.bench;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest JAX-RS container the real {@code CorsFilter} can run in, so the decision
 * benchmark calls the library's own code (no re-implementation) and measures only its cost:
 * every object here is allocated once per trial and reset per invocation, so B/op is what the
 * filter itself allocates. Methods the filter does not call throw.
 *
 * <p>Generated from the jakarta.ws.rs-api 4.0.0 signatures (javap), then the used methods filled in.
 */
final class FakeJaxrs {
  private FakeJaxrs() {}

  /**
   * A {@code ResponseBuilder} that records status and headers
   * into fixed arrays; {@link #build()} returns null (the fake request records the abort). One
   * per thread; {@link Recorder#status(int)} resets it, as every CORS response starts there.
   */
  static final class Recorder extends jakarta.ws.rs.core.Response.ResponseBuilder {
    int status;
    int headerCount;
    final String[] names = new String[16];
    final Object[] values = new Object[16];

    void reset() {
      headerCount = 0;
      status = 0;
    }

    @Override public jakarta.ws.rs.core.Response build() { return null; /* the fake request records the abort, not a Response */ }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder clone() { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder status(int a0) { reset(); status = a0; return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder status(int a0, java.lang.String a1) { reset(); status = a0; return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder entity(java.lang.Object a0) { return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder entity(java.lang.Object a0, java.lang.annotation.Annotation[] a1) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder allow(java.lang.String... a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder allow(java.util.Set<java.lang.String> a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder cacheControl(jakarta.ws.rs.core.CacheControl a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder encoding(java.lang.String a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder header(java.lang.String a0, java.lang.Object a1) { if (headerCount < names.length) { names[headerCount] = a0; values[headerCount++] = a1; } return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder replaceAll(jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.Object> a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder language(java.lang.String a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder language(java.util.Locale a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder type(jakarta.ws.rs.core.MediaType a0) { return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder type(java.lang.String a0) { return this; }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder variant(jakarta.ws.rs.core.Variant a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder contentLocation(java.net.URI a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder cookie(jakarta.ws.rs.core.NewCookie... a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder expires(java.util.Date a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder lastModified(java.util.Date a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder location(java.net.URI a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder tag(jakarta.ws.rs.core.EntityTag a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder tag(java.lang.String a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder variants(jakarta.ws.rs.core.Variant... a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder variants(java.util.List<jakarta.ws.rs.core.Variant> a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder links(jakarta.ws.rs.core.Link... a0) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder link(java.net.URI a0, java.lang.String a1) { throw new UnsupportedOperationException(); }
    @Override public jakarta.ws.rs.core.Response.ResponseBuilder link(java.lang.String a0, java.lang.String a1) { throw new UnsupportedOperationException(); }
  }

  /** Hands out the one recorder instead of Jersey's builder. Installed once per fork. */
  static final class Delegate extends RuntimeDelegate {
    final Recorder builder = new Recorder();

  @Override public jakarta.ws.rs.core.UriBuilder createUriBuilder() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Response.ResponseBuilder createResponseBuilder() { return builder; }
  @Override public jakarta.ws.rs.core.Variant.VariantListBuilder createVariantListBuilder() { throw new UnsupportedOperationException(); }
  @Override public <T> T createEndpoint(jakarta.ws.rs.core.Application a0, java.lang.Class<T> a1) { throw new UnsupportedOperationException(); }
  @Override public <T> jakarta.ws.rs.ext.RuntimeDelegate.HeaderDelegate<T> createHeaderDelegate(java.lang.Class<T> a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Link.Builder createLinkBuilder() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.SeBootstrap.Configuration.Builder createConfigurationBuilder() { throw new UnsupportedOperationException(); }
  @Override public java.util.concurrent.CompletionStage<jakarta.ws.rs.SeBootstrap.Instance> bootstrap(jakarta.ws.rs.core.Application a0, jakarta.ws.rs.SeBootstrap.Configuration a1) { throw new UnsupportedOperationException(); }
  @Override public java.util.concurrent.CompletionStage<jakarta.ws.rs.SeBootstrap.Instance> bootstrap(java.lang.Class<? extends jakarta.ws.rs.core.Application> a0, jakarta.ws.rs.SeBootstrap.Configuration a1) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.EntityPart.Builder createEntityPartBuilder(java.lang.String a0) { throw new UnsupportedOperationException(); }
  }

  static final class Uri implements UriInfo {
    final String path;
    final URI requestUri;
    /** Resolved once, as a real container keeps the base URI of the application. */
    final URI baseUri;

    Uri(String path, URI requestUri) {
      this.path = path;
      this.requestUri = requestUri;
      this.baseUri = requestUri.resolve("/");
    }

  @Override public java.lang.String getPath() { return path; }
  @Override public java.lang.String getPath(boolean a0) { return path; }
  @Override public java.util.List<jakarta.ws.rs.core.PathSegment> getPathSegments() { throw new UnsupportedOperationException(); }
  @Override public java.util.List<jakarta.ws.rs.core.PathSegment> getPathSegments(boolean a0) { throw new UnsupportedOperationException(); }
  @Override public java.net.URI getRequestUri() { return requestUri; }
  @Override public jakarta.ws.rs.core.UriBuilder getRequestUriBuilder() { throw new UnsupportedOperationException(); }
  @Override public java.net.URI getAbsolutePath() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.UriBuilder getAbsolutePathBuilder() { throw new UnsupportedOperationException(); }
  @Override public java.net.URI getBaseUri() { return baseUri; }
  @Override public jakarta.ws.rs.core.UriBuilder getBaseUriBuilder() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getPathParameters() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getPathParameters(boolean a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getQueryParameters() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getQueryParameters(boolean a0) { throw new UnsupportedOperationException(); }
  @Override public java.util.List<java.lang.String> getMatchedURIs() { throw new UnsupportedOperationException(); }
  @Override public java.lang.String getMatchedResourceTemplate() { throw new UnsupportedOperationException(); }
  @Override public java.util.List<java.lang.String> getMatchedURIs(boolean a0) { throw new UnsupportedOperationException(); }
  @Override public java.util.List<java.lang.Object> getMatchedResources() { throw new UnsupportedOperationException(); }
  @Override public java.net.URI resolve(java.net.URI a0) { throw new UnsupportedOperationException(); }
  @Override public java.net.URI relativize(java.net.URI a0) { throw new UnsupportedOperationException(); }
  }

  /** A request with a fixed method and headers and two property slots (the filter uses two). */
  static final class Request implements ContainerRequestContext {
    final String method;
    final String[] headerNames;
    final String[] headerValues;
    final Uri uriInfo;
    String propertyName;
    Object propertyValue;
    String propertyName2;
    Object propertyValue2;
    boolean aborted;

    Request(String method, Uri uriInfo, String... headers) {
      this.method = method;
      this.uriInfo = uriInfo;
      this.headerNames = new String[headers.length / 2];
      this.headerValues = new String[headers.length / 2];
      for (int i = 0; i < headerNames.length; i++) {
        headerNames[i] = headers[2 * i];
        headerValues[i] = headers[2 * i + 1];
      }
    }

    void reset() {
      propertyName = null;
      propertyValue = null;
      propertyName2 = null;
      propertyValue2 = null;
      aborted = false;
    }

  @Override public java.lang.Object getProperty(java.lang.String a0) { return a0.equals(propertyName) ? propertyValue : a0.equals(propertyName2) ? propertyValue2 : null; }
  @Override public java.util.Collection<java.lang.String> getPropertyNames() { throw new UnsupportedOperationException(); }
  @Override public void setProperty(java.lang.String a0, java.lang.Object a1) {
    if (propertyName == null || propertyName.equals(a0)) { propertyName = a0; propertyValue = a1; }
    else if (propertyName2 == null || propertyName2.equals(a0)) { propertyName2 = a0; propertyValue2 = a1; }
    else { throw new IllegalStateException("a third property: " + a0); }
  }
  @Override public void removeProperty(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.UriInfo getUriInfo() { return uriInfo; }
  @Override public void setRequestUri(java.net.URI a0) { throw new UnsupportedOperationException(); }
  @Override public void setRequestUri(java.net.URI a0, java.net.URI a1) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Request getRequest() { throw new UnsupportedOperationException(); }
  @Override public java.lang.String getMethod() { return method; }
  @Override public void setMethod(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getHeaders() { throw new UnsupportedOperationException(); }
  @Override public java.lang.String getHeaderString(java.lang.String a0) { for (int i = 0; i < headerNames.length; i++) { if (headerNames[i].equalsIgnoreCase(a0)) { return headerValues[i]; } } return null; }
  @Override public boolean containsHeaderString(java.lang.String a0, java.lang.String a1, java.util.function.Predicate<java.lang.String> a2) { throw new UnsupportedOperationException(); }
  @Override public java.util.Date getDate() { throw new UnsupportedOperationException(); }
  @Override public java.util.Locale getLanguage() { throw new UnsupportedOperationException(); }
  @Override public int getLength() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MediaType getMediaType() { throw new UnsupportedOperationException(); }
  @Override public java.util.List<jakarta.ws.rs.core.MediaType> getAcceptableMediaTypes() { throw new UnsupportedOperationException(); }
  @Override public java.util.List<java.util.Locale> getAcceptableLanguages() { throw new UnsupportedOperationException(); }
  @Override public java.util.Map<java.lang.String, jakarta.ws.rs.core.Cookie> getCookies() { throw new UnsupportedOperationException(); }
  @Override public boolean hasEntity() { throw new UnsupportedOperationException(); }
  @Override public java.io.InputStream getEntityStream() { throw new UnsupportedOperationException(); }
  @Override public void setEntityStream(java.io.InputStream a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.SecurityContext getSecurityContext() { throw new UnsupportedOperationException(); }
  @Override public void setSecurityContext(jakarta.ws.rs.core.SecurityContext a0) { throw new UnsupportedOperationException(); }
  @Override public void abortWith(jakarta.ws.rs.core.Response a0) { aborted = true; }
  }

  static final class Response implements ContainerResponseContext {
    final Headers headers = new Headers();

  @Override public int getStatus() { return 200; }
  @Override public void setStatus(int a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Response.StatusType getStatusInfo() { throw new UnsupportedOperationException(); }
  @Override public void setStatusInfo(jakarta.ws.rs.core.Response.StatusType a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.Object> getHeaders() { return headers; }
  @Override public jakarta.ws.rs.core.MultivaluedMap<java.lang.String, java.lang.String> getStringHeaders() { throw new UnsupportedOperationException(); }
  @Override public java.lang.String getHeaderString(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public boolean containsHeaderString(java.lang.String a0, java.lang.String a1, java.util.function.Predicate<java.lang.String> a2) { throw new UnsupportedOperationException(); }
  @Override public java.util.Set<java.lang.String> getAllowedMethods() { throw new UnsupportedOperationException(); }
  @Override public java.util.Date getDate() { throw new UnsupportedOperationException(); }
  @Override public java.util.Locale getLanguage() { throw new UnsupportedOperationException(); }
  @Override public int getLength() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.MediaType getMediaType() { throw new UnsupportedOperationException(); }
  @Override public java.util.Map<java.lang.String, jakarta.ws.rs.core.NewCookie> getCookies() { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.EntityTag getEntityTag() { throw new UnsupportedOperationException(); }
  @Override public java.util.Date getLastModified() { throw new UnsupportedOperationException(); }
  @Override public java.net.URI getLocation() { throw new UnsupportedOperationException(); }
  @Override public java.util.Set<jakarta.ws.rs.core.Link> getLinks() { throw new UnsupportedOperationException(); }
  @Override public boolean hasLink(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Link getLink(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public jakarta.ws.rs.core.Link.Builder getLinkBuilder(java.lang.String a0) { throw new UnsupportedOperationException(); }
  @Override public boolean hasEntity() { throw new UnsupportedOperationException(); }
  @Override public java.lang.Object getEntity() { throw new UnsupportedOperationException(); }
  @Override public java.lang.Class<?> getEntityClass() { throw new UnsupportedOperationException(); }
  @Override public java.lang.reflect.Type getEntityType() { throw new UnsupportedOperationException(); }
  @Override public void setEntity(java.lang.Object a0) { throw new UnsupportedOperationException(); }
  @Override public void setEntity(java.lang.Object a0, java.lang.annotation.Annotation[] a1, jakarta.ws.rs.core.MediaType a2) { throw new UnsupportedOperationException(); }
  @Override public java.lang.annotation.Annotation[] getEntityAnnotations() { throw new UnsupportedOperationException(); }
  @Override public java.io.OutputStream getEntityStream() { throw new UnsupportedOperationException(); }
  @Override public void setEntityStream(java.io.OutputStream a0) { throw new UnsupportedOperationException(); }
  }

  /**
   * Response headers that record {@code putSingle} into fixed arrays without allocating;
   * {@code get} answers from them.
   */
  static final class Headers extends AbstractMap<String, List<Object>>
      implements MultivaluedMap<String, Object> {
    int count;
    final String[] names = new String[16];
    final Object[] values = new Object[16];

    void reset() {
      count = 0;
    }

    @Override
    public void putSingle(String key, Object value) {
      for (int i = 0; i < count; i++) {
        if (names[i].equalsIgnoreCase(key)) {
          values[i] = value;
          return;
        }
      }
      names[count] = key;
      values[count++] = value;
    }

    @Override
    public List<Object> get(Object key) {
      for (int i = 0; i < count; i++) {
        if (names[i].equalsIgnoreCase((String) key)) {
          return List.of(values[i]); // not reached in the benchmarks: no application Vary
        }
      }
      return null;
    }

    @Override
    public int size() {
      return count;
    }

    @Override
    public boolean isEmpty() {
      return count == 0;
    }

    @Override
    public Set<Map.Entry<String, List<Object>>> entrySet() {
      throw new UnsupportedOperationException(); // not reached: the filter writes into an empty map
    }

    @Override public void add(String key, Object value) { throw new UnsupportedOperationException(); }
    @Override public Object getFirst(String key) { throw new UnsupportedOperationException(); }
    @Override public void addAll(String key, Object... values) { throw new UnsupportedOperationException(); }
    @Override public void addAll(String key, List<Object> values) { throw new UnsupportedOperationException(); }
    @Override public void addFirst(String key, Object value) { throw new UnsupportedOperationException(); }
    @Override public boolean equalsIgnoreValueOrder(MultivaluedMap<String, Object> other) { throw new UnsupportedOperationException(); }
  }
}
