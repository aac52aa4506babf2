/**
 * crmkit core: the vocabulary every crmkit module speaks.
 *
 * <p>Exports one API package, {@code io.github.crmkit.core}. The {@code internal} package is open
 * only to the other crmkit modules and is not part of the public API.
 */
module io.github.crmkit.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.immutables.value.annotations;

  exports io.github.crmkit.core;
  exports io.github.crmkit.core.internal to
      io.github.crmkit.segmentation,
      io.github.crmkit.recovery,
      io.github.crmkit.testkit;
}
