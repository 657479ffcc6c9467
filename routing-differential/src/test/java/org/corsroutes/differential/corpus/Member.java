package org.corsroutes.differential.corpus;

/**
 * A method of a generated resource class: a resource method ({@code httpMethod} set), with or
 * without its own {@code @Path}, or a sub-resource locator ({@code httpMethod} null, {@code path}
 * set, returning {@code target}).
 *
 * @param name the Java method name, unique in its resource set
 * @param httpMethod GET, POST, ...; null for a locator
 * @param path the method's {@code @Path} value; null when it has none
 * @param target the simple name of the class a locator returns; null for a resource method
 */
public record Member(String name, String httpMethod, String path, String target) {

  public static Member method(String name, String httpMethod, String path) {
    return new Member(name, httpMethod, path, null);
  }

  public static Member locator(String name, String path, String target) {
    return new Member(name, null, path, target);
  }

  public boolean isLocator() {
    return httpMethod == null;
  }

  /** Compact Java: {@code @POST @Path("{id}") post2()} or {@code @Path("a") Sub1 loc3()}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (!isLocator()) {
      out.append('@').append(httpMethod).append(' ');
    }
    if (path != null) {
      out.append("@Path(\"").append(path).append("\") ");
    }
    out.append(isLocator() ? target + " " : "").append(name).append("()");
    return out.toString();
  }
}
