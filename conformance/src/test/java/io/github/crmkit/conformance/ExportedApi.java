package io.github.crmkit.conformance;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.recovery.reliability.Reliability;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public types of every exported package of every crmkit library module, read from the modules'
 * own artifacts (so that it works on the module path and on the class path alike).
 */
final class ExportedApi {
  private ExportedApi() {}

  /** One class of each library module, to find its artifact. */
  static final List<Class<?>> ANCHORS =
      List.of(
          CustomerId.class,
          NetPromoterScore.class,
          Reliability.class,
          Programme.class,
          CsvPurchases.class,
          RepeatBuyerBase.class);

  /** The descriptor of each library module. */
  static List<ModuleDescriptor> modules() {
    List<ModuleDescriptor> out = new ArrayList<>();
    for (Class<?> anchor : ANCHORS) {
      out.add(reference(anchor).descriptor());
    }
    return out;
  }

  /** The packages each module exports to everyone (qualified exports left out). */
  static Set<String> exportedPackages(ModuleDescriptor d) {
    return d.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every public type, nested public types included, of every exported package. */
  static List<Class<?>> publicTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> anchor : ANCHORS) {
      ModuleReference ref = reference(anchor);
      Set<String> exported = exportedPackages(ref.descriptor());
      try (ModuleReader reader = ref.open();
          Stream<String> names = reader.list()) {
        for (String name :
            names
                .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
                .sorted()
                .collect(Collectors.toList())) {
          String className = name.substring(0, name.length() - 6).replace('/', '.');
          int dot = className.lastIndexOf('.');
          if (dot < 0 || !exported.contains(className.substring(0, dot))) {
            continue;
          }
          Class<?> c = Class.forName(className, false, anchor.getClassLoader());
          if (isPublic(c)) {
            out.add(c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /** Public, and every enclosing class public too; not synthetic or anonymous. */
  static boolean isPublic(Class<?> c) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  static ModuleReference reference(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return ModuleFinder.of(location).findAll().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no module at " + location));
  }
}
