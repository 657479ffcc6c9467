package org.corsroutes.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.corsroutes.processor.model.PolicySite;

/** The immutable result of validating one resource: print it, then generate only if clean. */
public final class Report {
  private final List<Finding> findings;
  private final List<Finding> repeats;

  private Report(List<Finding> findings, List<Finding> repeats) {
    this.findings = List.copyOf(findings);
    this.repeats = List.copyOf(repeats);
  }

  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether nothing would stop the build; with {@code warningsAreErrors}, nothing at all.
   * Repeats (findings already printed for another resource) count too.
   */
  public boolean isClean(boolean warningsAreErrors) {
    return Stream.concat(findings.stream(), repeats.stream())
        .noneMatch(f -> f.kind() == Kind.ERROR
            || (warningsAreErrors && f.kind() == Kind.WARNING));
  }

  /** Prints the findings, not the repeats. */
  public void printTo(Messager messager, boolean warningsAreErrors) {
    for (Finding f : findings) {
      Kind kind = warningsAreErrors && f.kind() == Kind.WARNING ? Kind.ERROR : f.kind();
      messager.printMessage(kind, f.message(), f.element(), f.mirror(), f.value());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects findings while validators run. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> repeats = new ArrayList<>();

    public Builder add(Diagnostic d, Element e, AnnotationMirror m, AnnotationValue v,
        Object... args) {
      if (!suppressed(d, d.kind(), e)) {
        findings.add(new Finding(d, d.kind(), d.format(args), e, m, v));
      }
      return this;
    }

    /**
     * A finding on a policy attribute. For a composed policy the use site is underlined and
     * the message names the composed annotation, where the attribute really is.
     */
    public Builder add(Diagnostic d, PolicySite site, AnnotationValue value, Object... args) {
      return add(d, d.kind(), site, value, args);
    }

    /** As {@link #add(Diagnostic, PolicySite, AnnotationValue, Object...)}, with another kind. */
    public Builder add(Diagnostic d, Kind kind, PolicySite site, AnnotationValue value,
        Object... args) {
      if (suppressed(d, kind, site.element())
          || (site.isComposed() && suppressed(d, kind, site.composedBy()))) {
        return this;
      }
      String message = d.format(args);
      if (site.isComposed()) {
        message += " (in @" + site.composedBy().getQualifiedName() + ")";
      }
      findings.add(new Finding(d, kind, message, site.element(), site.written(),
          site.position(value)));
      return this;
    }

    /** A warning the code says is intended ({@link Suppressions}). */
    private static boolean suppressed(Diagnostic d, Kind kind, Element element) {
      return kind == Kind.WARNING && element != null && Suppressions.isSuppressed(element, d.id());
    }

    public Builder addAll(Report other) {
      findings.addAll(other.findings);
      return this;
    }

    /**
     * Findings printed before, e.g. of a sub-resource's policy reached from another root
     * resource: they keep this report from being clean, but are not printed twice.
     */
    public Builder addAllAsRepeats(Report other) {
      repeats.addAll(other.findings);
      return this;
    }

    public Report build() {
      return new Report(findings, repeats);
    }
  }
}
