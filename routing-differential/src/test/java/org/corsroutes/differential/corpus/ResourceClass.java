package org.corsroutes.differential.corpus;

import java.util.List;

/**
 * A generated resource class: a root resource ({@code path} set, carries {@code @CrossOrigin}),
 * or a sub-resource class that only locators reach ({@code path} null).
 *
 * @param name the simple class name
 * @param path the class {@code @Path}; null for a sub-resource class
 * @param depth 0 for a root, else the number of locators between it and a root
 */
public record ResourceClass(String name, String path, int depth, List<Member> members) {

  public ResourceClass {
    members = List.copyOf(members);
  }

  public boolean isRoot() {
    return path != null;
  }

  public ResourceClass withMembers(List<Member> replaced) {
    return new ResourceClass(name, path, depth, replaced);
  }
}
