package org.corsroutes.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;
import org.corsroutes.processor.baseline.BaselineGate;
import org.corsroutes.processor.generate.Outputs;
import org.corsroutes.processor.generate.RouteTableWriter;
import org.corsroutes.processor.generate.TableNames;
import org.corsroutes.processor.model.ResourceRoutes;
import org.corsroutes.processor.model.RouteTables;
import org.corsroutes.processor.parse.PolicyReader;
import org.corsroutes.processor.parse.SourceLines;
import org.corsroutes.processor.parse.ResourceScanner;
import org.corsroutes.processor.validate.Diagnostic;
import org.corsroutes.processor.validate.PlacementValidator;
import org.corsroutes.processor.validate.ResourceValidator;

/**
 * Reads the JAX-RS routes of every root resource and their {@code @CrossOrigin} policies,
 * reports invalid or insecure policies on the exact attribute, and, for each resource whose
 * policies are clean, generates its {@code CorsRouteTable}. When processing is over it writes
 * the service file the runtime loads the tables from and the JSON route report.
 *
 * <p>Per resource: parse ({@link ResourceScanner}, {@link PolicyReader}) → validate
 * ({@link ResourceValidator}) → model ({@link RouteTables}) → generate
 * ({@link RouteTableWriter}). A resource that refers to types not generated yet is deferred by
 * name to the next round. Claims no annotation, and never lets an exception escape.
 */
@AutoService(Processor.class)
public final class CorsProcessor extends AbstractProcessor {
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> deferredPlacements = new LinkedHashSet<>();
  /** Composed policies checked where declared, in any round of this compilation. */
  private final Set<String> checkedComposed = new HashSet<>();
  private TableNames tableNames;
  /** The service file, report and state, merged with earlier compilations'; read at round 1. */
  private Outputs outputs;
  private ProcessorOptions options;
  /**
   * Whether this compilation reported an error: its routes are then incomplete, so the
   * baseline is neither judged nor written from them.
   */
  private boolean errorsReported;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    options = ProcessorOptions.read(env.getOptions(), env.getMessager());
    tableNames = new TableNames(env.getElementUtils());
  }

  /**
   * Every type: a class whose {@code @Path} and policies it inherits from an interface compiled
   * elsewhere carries no annotation at all, and javac runs a processor only in compilations
   * where one of its annotation types is present.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.names();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (outputs == null) {
        outputs = Outputs.read(processingEnv.getFiler());
      }
      tableNames.newRound();
      Round work = new Round(processingEnv.getElementUtils());
      for (TypeElement type : placementCandidates(round)) {
        checkPlacement(type, work, round.processingOver());
      }
      for (TypeElement resource : candidates(round)) {
        process(resource, work, round.processingOver());
      }
      if (round.processingOver()) {
        finish();
      }
    } catch (RuntimeException | Error e) {
      internalError(null, e);
    }
    return false;
  }

  /** What one round shares: annotation readers cache elements, which belong to one round. */
  private final class Round {
    final PolicyReader reader;
    final ResourceScanner scanner;
    final ResourceValidator validator;
    final PlacementValidator placement;

    Round(Elements elements) {
      reader = new PolicyReader(elements, SourceLines.of(processingEnv), outputs::earlierLine);
      scanner = new ResourceScanner(elements, processingEnv.getTypeUtils());
      validator = new ResourceValidator(reader, options.allowInsecureOrigins(), checkedComposed);
      placement = new PlacementValidator(reader, scanner, options.allowInsecureOrigins(),
          checkedComposed);
    }
  }

  /** Top-level types of this round, and those deferred before: where a policy may be misplaced. */
  private Set<TypeElement> placementCandidates(RoundEnvironment round) {
    Set<TypeElement> out = new LinkedHashSet<>();
    for (String name : deferredPlacements) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        out.add(type);
      }
    }
    deferredPlacements.clear();
    for (Element e : sorted(round.getRootElements())) {
      if (e instanceof TypeElement type) {
        out.add(type);
      }
    }
    return out;
  }

  /**
   * The round's elements by qualified name: compilers hand them over in different orders
   * (javac in source order, ECJ not), and which of two classes a finding lands on must not
   * depend on it.
   */
  private static List<Element> sorted(Set<? extends Element> elements) {
    List<Element> out = new ArrayList<>(elements);
    out.sort(Comparator.comparing(e -> e instanceof QualifiedNameable q
        ? q.getQualifiedName().toString() : e.toString()));
    return out;
  }

  /**
   * Reports policies on elements that are not routes. A type that still refers to a type a
   * later round may generate (a supertype with resource methods, a composed policy) waits; when
   * processing is over javac reports the missing type itself.
   */
  private void checkPlacement(TypeElement type, Round work, boolean lastRound) {
    try {
      if (work.scanner.hasUnresolvedTypes(type)) {
        if (!lastRound) {
          deferredPlacements.add(type.getQualifiedName().toString());
        }
        return;
      }
      org.corsroutes.processor.validate.Report report = work.placement.validate(type);
      report.printTo(processingEnv.getMessager(), options.warningsAreErrors());
      errorsReported |= !report.isClean(options.warningsAreErrors());
    } catch (Exception | Error e) {
      internalError(type, e);
    }
  }

  /**
   * The classes of this round, nested ones included, and those deferred before: root resources
   * among them are processed. A class's {@code @Path} may be inherited from a superclass or an
   * interface compiled elsewhere, so no annotation lookup can find them all.
   */
  private Set<TypeElement> candidates(RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    Set<TypeElement> out = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        out.add(type);
      }
    }
    deferred.clear();
    Set<String> compiledNow = new HashSet<>();
    for (Element e : sorted(round.getRootElements())) {
      addClasses(e, out);
      if (e instanceof TypeElement || e instanceof PackageElement) {
        compiledNow.add(Outputs.inputName(e));
      }
    }
    // Tables of earlier compilations whose sub-resources, interfaces or policies change now:
    // their roots, read from their class files.
    for (String root : outputs.toRegenerate(compiledNow, elements)) {
      out.add(elements.getTypeElement(root));
    }
    return out;
  }

  private static void addClasses(Element e, Set<TypeElement> out) {
    if (e instanceof TypeElement type) {
      if (type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)) {
        out.add(type);
      }
      for (Element member : type.getEnclosedElements()) {
        addClasses(member, out);
      }
    }
  }

  private void process(TypeElement resource, Round work, boolean lastRound) {
    try {
      if (!work.scanner.isRootResource(resource)) {
        // Its @Path may come from a supertype a later round generates.
        if (!lastRound && work.scanner.hasUnresolvedSupertypes(resource)) {
          deferred.add(resource.getQualifiedName().toString());
        } else {
          outputs.handled(resource);
        }
        return;
      }
      ResourceScanner.Scan scan = work.scanner.scan(resource);
      if (scan.needsLaterRound()) {
        if (lastRound) {
          Messager messager = processingEnv.getMessager();
          messager.printMessage(Kind.ERROR, Diagnostic.UNRESOLVED_TYPE.format(
              resource.getQualifiedName()), resource);
          errorsReported = true;
          outputs.handled(resource);
        } else {
          deferred.add(resource.getQualifiedName().toString());
        }
        return;
      }
      outputs.handled(resource);
      ResourceValidator.Result result = work.validator.validate(scan);
      result.report().printTo(processingEnv.getMessager(), options.warningsAreErrors());
      errorsReported |= !result.report().isClean(options.warningsAreErrors());
      // Every root resource gets a table, with a policy or not: preflights are routed as
      // JAX-RS routes the actual request, through all of the application's resources.
      if (result.report().isClean(options.warningsAreErrors())) {
        Optional<String> taken = tableNames.claim(resource);
        if (taken.isPresent()) {
          processingEnv.getMessager().printMessage(Kind.ERROR, Diagnostic.TABLE_NAME_CLASH.format(
              resource.getQualifiedName(), RouteTableWriter.tableName(resource).canonicalName(),
              taken.get()), resource);
          errorsReported = true;
          return;
        }
        ResourceRoutes routes = RouteTables.of(resource, scan.rootPath(), scan.methods(),
            scan.locators().stream()
                .map(l -> new RouteTables.LocatorSite(l.chain(), l.method(), l.javaMethod(),
                    l.path(), l.target()))
                .toList(),
            result.policies(), scan.inputs());
        String table = RouteTableWriter.tableName(resource).canonicalName();
        try {
          new RouteTableWriter(processingEnv.getFiler(), processingEnv.getElementUtils(),
              CorsProcessor.class.getName(), options.allowInsecureOrigins()).write(routes);
        } catch (IOException e) {
          writeFailed(resource, table, e);
          return;
        }
        outputs.add(table, routes);
      }
    } catch (RuntimeException | Error e) {
      internalError(resource, e);
    }
  }

  private void finish() {
    if (!outputs.isEmpty()) { // no table now nor before: no files
      outputs.write(processingEnv.getFiler(), processingEnv.getElementUtils(),
          (path, e) -> writeFailed(null, path, e));
    }
    if (options.baseline() != null && !errorsReported) {
      Elements elements = processingEnv.getElementUtils();
      new BaselineGate(processingEnv.getMessager(), elements,
          new PolicyReader(elements, SourceLines.of(processingEnv), outputs::earlierLine),
          options.baseline())
          .run(outputs.mergedRoutes(elements), options.baselineUpdate());
    }
  }

  /** The Filer could not write: the build environment's problem, not a bug. */
  private void writeFailed(Element element, String what, IOException e) {
    errorsReported = true;
    processingEnv.getMessager().printMessage(Kind.ERROR,
        Diagnostic.WRITE_FAILED.format(what, e.getMessage()), element);
  }

  private void internalError(Element element, Throwable e) {
    errorsReported = true;
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String where = element == null ? "the compilation" : PolicyReader.describe(element);
    processingEnv.getMessager().printMessage(Kind.ERROR,
        Diagnostic.INTERNAL_ERROR.format(where, e + "\n" + trace), element);
  }
}
