package org.corsroutes.processor.validate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.corsroutes.processor.model.Attribute;
import org.corsroutes.processor.model.PolicySite;

/** Rules every list attribute shares: no empty strings, no duplicates. */
final class ListShape {
  private ListShape() {}

  /**
   * Reports empty strings and repeats in {@code list} and returns, per element, whether it
   * deserves the attribute's own checks (the first occurrence of a non-empty value).
   */
  static boolean[] check(Attribute list, boolean caseInsensitive, PolicySite site,
      Report.Builder report) {
    boolean[] fresh = new boolean[list.values().size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fresh.length; i++) {
      String value = list.values().get(i);
      if (value.isEmpty()) {
        report.add(Diagnostic.EMPTY_VALUE, site, list.positions().get(i), list.name());
        continue;
      }
      String key = caseInsensitive ? value.toLowerCase(Locale.ROOT) : value;
      if (!seen.add(key)) {
        boolean spelledDifferently = list.values().indexOf(value) == i;
        report.add(Diagnostic.DUPLICATE_VALUE, site, list.positions().get(i), list.name(),
            value, spelledDifferently ? " (header names are case-insensitive)" : "");
        continue;
      }
      fresh[i] = true;
    }
    return fresh;
  }
}
