package org.corsroutes.runtime;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds an {@link ActualRequestFilter} to each resource method that has a policy, as JAX-RS
 * deploys the method: the policy of an actual request is the one of the method JAX-RS matched,
 * never a second opinion about routing. The method is recognised by the names the generated
 * table lists it under (its class or a supertype, its name and erased parameter types): no
 * annotation is read. Root resource classes seen here join the application's routes.
 */
final class CorsBinder implements DynamicFeature {
  private final ApplicationRoutes routes;
  private final boolean forbidRefused;
  private final boolean trustForwarded;
  private final Refusals refusals;

  CorsBinder(ApplicationRoutes routes, boolean forbidRefused, boolean trustForwarded,
      Refusals refusals) {
    this.routes = routes;
    this.forbidRefused = forbidRefused;
    this.trustForwarded = trustForwarded;
    this.refusals = refusals;
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return; // a method JAX-RS made itself (automatic OPTIONS), or no class to go by
    }
    Set<String> classNames = new LinkedHashSet<>();
    addHierarchy(resourceClass, classNames);
    addHierarchy(method.getDeclaringClass(), classNames);
    routes.learnRoots(classNames);
    List<String> javaMethods = javaMethods(method, resourceClass);
    List<MethodCors> chains = new ArrayList<>();
    for (String className : classNames) {
      for (String javaMethod : javaMethods) {
        for (MethodCors m : routes.prepared.methods(className, javaMethod)) {
          if (routes.isMember(m.rootClass) && !chains.contains(m)) {
            chains.add(m);
          }
        }
      }
    }
    if (chains.stream().noneMatch(MethodCors::hasPolicy)) {
      return;
    }
    List<MethodCors> distinct = distinctAnswers(chains);
    context.register(new ActualRequestFilter(distinct.size() == 1 ? distinct : chains, routes,
            forbidRefused, trustForwarded, refusals),
        Map.of(ContainerRequestFilter.class, CorsFeature.PRIORITY,
            ContainerResponseFilter.class, CorsFeature.PRIORITY));
  }

  /** The chains that answer differently; one when every chain answers alike (the usual case). */
  private static List<MethodCors> distinctAnswers(List<MethodCors> chains) {
    List<MethodCors> out = new ArrayList<>();
    for (MethodCors m : chains) {
      boolean same = out.stream().anyMatch(o -> o.bound == m.bound && o.refusedBy == m.refusedBy);
      if (!same) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The names a table may list {@code method} under: its own, and the erasures of the generic
   * methods it implements, read from the bridge methods javac wrote for them. A table lists a
   * sub-resource by the type its locator declares, so {@code add(T)} of a generic interface is
   * {@code add(java.lang.Object)} there, while JAX-RS reports the implementing
   * {@code add(java.lang.String)}.
   */
  static List<String> javaMethods(Method method, Class<?> resourceClass) {
    List<String> out = new ArrayList<>();
    out.add(javaMethod(method));
    for (Class<?> type : List.of(method.getDeclaringClass(), resourceClass)) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.isBridge() && m.getName().equals(method.getName())
            && m.getParameterCount() == method.getParameterCount()
            && !out.contains(javaMethod(m))) {
          out.add(javaMethod(m));
        }
      }
    }
    return out;
  }

  /** {@code get(long)}: the name and erased parameter types, as generated tables list them. */
  static String javaMethod(Method method) {
    StringBuilder out = new StringBuilder(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(types[i].getTypeName());
    }
    return out.append(')').toString();
  }

  private static void addHierarchy(Class<?> type, Set<String> out) {
    Deque<Class<?>> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      Class<?> next = queue.poll();
      if (next == Object.class || !out.add(next.getName())) {
        continue;
      }
      if (next.getSuperclass() != null) {
        queue.add(next.getSuperclass());
      }
      queue.addAll(List.of(next.getInterfaces()));
    }
  }
}
