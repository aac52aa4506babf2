/**
 * crmkit core: the vocabulary every crmkit module speaks.
 *
 * <p>Exports the API packages {@code io.github.crmkit.core} and {@code
 * io.github.crmkit.core.experience} (journeys, emotions, experience analysis, audits). The {@code
 * internal} package is open only to the other crmkit modules and is not part of the public API.
 */
module io.github.crmkit.core {
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;

  exports io.github.crmkit.core;
  exports io.github.crmkit.core.experience;
  exports io.github.crmkit.core.internal to
      io.github.crmkit.segmentation,
      io.github.crmkit.recovery,
      io.github.crmkit.rewards,
      io.github.crmkit.io,
      io.github.crmkit.testkit;
}
