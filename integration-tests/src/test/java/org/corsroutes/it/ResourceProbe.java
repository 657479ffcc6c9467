package org.corsroutes.it;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;

/**
 * Test instrumentation: tells over HTTP which resource method JAX-RS matched
 * ({@code X-Probe-Matched: UsersResource#list}) and whether the request got past every request
 * filter to the method ({@code X-Probe-Reached: yes}). Its request filter has the last priority,
 * so it runs only when no filter (CORS Routes' refusal, authentication) aborted first.
 */
@Priority(Integer.MAX_VALUE)
public final class ResourceProbe implements ContainerRequestFilter, ContainerResponseFilter {
  static final String MATCHED = "X-Probe-Matched";
  static final String REACHED = "X-Probe-Reached";
  private static final String PROPERTY = ResourceProbe.class.getName();

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(PROPERTY, Boolean.TRUE);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resourceInfo.getResourceMethod();
    if (method != null) {
      response.getHeaders().putSingle(MATCHED,
          resourceInfo.getResourceClass().getSimpleName() + "#" + method.getName());
    }
    if (request.getProperty(PROPERTY) != null) {
      response.getHeaders().putSingle(REACHED, "yes");
    }
  }
}
