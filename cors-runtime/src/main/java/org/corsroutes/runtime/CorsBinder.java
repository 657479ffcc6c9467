package org.corsroutes.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
  /**
   * The methods bound, as the server describes each: a server that calls both this binder and
   * {@link CorsFeature}'s own DynamicFeature contract passes the same ResourceInfo to both, and
   * the method gets one filter. By identity: the same Java method at another place in the
   * resource tree is another ResourceInfo and is bound there too.
   */
  private final Set<ResourceInfo> bound = Collections.synchronizedSet(
      Collections.newSetFromMap(new IdentityHashMap<>()));

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
    if (!bound.add(resourceInfo)) {
      return; // bound already, through the other of the two contracts
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
    // One priority for both contracts (see CorsFeature.configure: Quarkus REST takes no map).
    context.register(new ActualRequestFilter(distinct.size() == 1 ? distinct : chains, routes,
        forbidRefused, trustForwarded, refusals), CorsFeature.PRIORITY);
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
   * {@code add(java.lang.String)}. A server may report the bridge itself (Quarkus REST does, for
   * a root resource implementing a generic interface), while the table lists the root's own
   * {@code replace(long,Order)}: a bridge is also known by the methods it may call, those of the
   * same name whose parameters its erased ones accept.
   */
  static List<String> javaMethods(Method method, Class<?> resourceClass) {
    List<String> out = new ArrayList<>();
    out.add(javaMethod(method));
    for (Class<?> type : List.of(method.getDeclaringClass(), resourceClass)) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.getName().equals(method.getName())
            && m.getParameterCount() == method.getParameterCount()
            && (m.isBridge() || method.isBridge() && accepts(method, m))
            && !out.contains(javaMethod(m))) {
          out.add(javaMethod(m));
        }
      }
    }
    return out;
  }

  /** Whether bridge {@code bridge} may call {@code target}: each parameter fits its erasure. */
  private static boolean accepts(Method bridge, Method target) {
    Class<?>[] erased = bridge.getParameterTypes();
    Class<?>[] types = target.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (!erased[i].isAssignableFrom(types[i])) {
        return false;
      }
    }
    return bridge.getReturnType().isAssignableFrom(target.getReturnType());
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
