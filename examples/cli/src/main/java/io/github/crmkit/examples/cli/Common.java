package io.github.crmkit.examples.cli;

import picocli.CommandLine.Option;

/** Options every subcommand has. */
final class Common {
  /** Marks a command that writes {@link Format#jsonl}; every other command refuses it. */
  interface JsonLines {}

  /** The output formats. */
  enum Format {
    table,
    json,
    csv,
    /** JSON Lines: one object per line; only commands that write one record per line take it. */
    jsonl
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; jsonl, one JSON object"
              + " per line, where a command writes one record per customer: clv predict).")
  Format format;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Option(names = "--quiet", description = "No progress output on stderr.")
  boolean quiet;
}
