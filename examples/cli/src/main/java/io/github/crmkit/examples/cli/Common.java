package io.github.crmkit.examples.cli;

import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class Common {
  /** The output formats. */
  enum Format {
    table,
    json,
    csv
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(names = "--quiet", description = "No progress output on stderr.")
  boolean quiet;
}
