/**
 * A host of every crmkit module: compiled as a named module that requires each library module, with
 * only the dependencies those modules publish. Not published.
 */
module io.github.crmkit.conformance {
  requires io.github.crmkit.core;
  requires io.github.crmkit.segmentation;
  requires io.github.crmkit.recovery;
  requires io.github.crmkit.rewards;
  requires io.github.crmkit.io;
  requires io.github.crmkit.testkit;

  exports io.github.crmkit.conformance;
}
