package io.github.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crmkit} command: crmkit's public API on the user's own files. Exit codes (picocli's
 * mapper, {@link #exitCode}): 0 success, 1 internal error, 2 usage error, 3 data error. Errors are
 * one line on stderr; {@code --debug} adds the stack trace.
 */
@Command(
    name = "crmkit",
    mixinStandardHelpOptions = true,
    versionProvider = Crmkit.Version.class,
    description = "Customer analytics with crmkit on your own files.",
    subcommands = {
      DemoCommand.class,
      RfmCommand.class,
      RecoverCommand.class,
      ClvCommand.class,
      CodeCommand.class,
      AgreementCommand.class,
      BusinessTimeCommand.class,
      RewardsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Crmkit implements Callable<Integer> {
  /** Exit code for bad input data. */
  static final int DATA_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** {@code --version}: the version this jar was built as, from a resource Maven filters. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Crmkit.class.getResourceAsStream("crmkit-cli.properties")) {
        if (in == null) {
          throw new java.io.IOException("crmkit-cli.properties is missing from the jar");
        }
        p.load(in);
      }
      return new String[] {"crmkit " + p.getProperty("version")};
    }
  }

  /**
   * The exit code of a failure (picocli's exit-code mapper): bad input data, an unreadable file or
   * a domain refusal (an invalid policy or segment map, a currency mismatch, a model that cannot be
   * fitted) is the input's fault, 3; a caller's mistake in an argument, 2; anything else is
   * crmkit's, 1.
   */
  static int exitCode(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return CommandLine.ExitCode.USAGE;
    }
    if (ex instanceof DataException
        || ex instanceof java.io.UncheckedIOException
        || ex instanceof java.io.IOException
        || ex instanceof io.github.crmkit.core.CrmException) {
      return DATA_ERROR;
    }
    if (ex instanceof IllegalArgumentException) {
      return CommandLine.ExitCode.USAGE;
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  /**
   * Runs the command line; exits with the code when it is not 0.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    logging(Arrays.asList(args).contains("--debug"));
    int code =
        run(
            args,
            new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    // Returning normally on success lets the command run inside Maven's JVM (exec:java).
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Sets up SLF4J's simple provider before any logger exists: warnings only, on stderr, without
   * thread names; with {@code --debug}, crmkit's own DEBUG diagnostics too (model fits, rejected
   * records by reason). A property the user set on the command line wins.
   */
  static void logging(boolean debug) {
    System.setProperty(
        "org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty(
        "org.slf4j.simpleLogger.showThreadName",
        System.getProperty("org.slf4j.simpleLogger.showThreadName", "false"));
    if (debug) {
      System.setProperty(
          "org.slf4j.simpleLogger.log.io.github.crmkit",
          System.getProperty("org.slf4j.simpleLogger.log.io.github.crmkit", "debug"));
    }
  }

  /** Runs the command line with the given streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Crmkit());
    // Typed options whose default conversion messages name an exception, not the value's problem.
    cl.registerConverter(
        java.time.ZoneId.class,
        v -> {
          try {
            return java.time.ZoneId.of(v);
          } catch (java.time.DateTimeException e) {
            throw new CommandLine.TypeConversionException("unknown zone '" + v + "'");
          }
        });
    cl.registerConverter(
        java.util.Currency.class,
        v -> {
          try {
            return java.util.Currency.getInstance(v);
          } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("unknown currency '" + v + "'");
          }
        });
    cl.registerConverter(
        java.time.OffsetDateTime.class,
        v -> {
          try {
            return java.time.OffsetDateTime.parse(v);
          } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                "not an ISO 8601 instant with an offset or Z: '" + v + "'");
          }
        });
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(Crmkit::exitCode);
    cl.setExecutionStrategy(
        parsed -> {
          // One check for every command: --format jsonl only where a command writes it.
          CommandLine.ParseResult last = parsed;
          while (last.subcommand() != null) {
            last = last.subcommand();
          }
          CommandLine.Model.CommandSpec mixin = last.commandSpec().mixins().get("common");
          if (mixin != null
              && ((Common) mixin.userObject()).format == Common.Format.jsonl
              && !(last.commandSpec().userObject() instanceof Common.JsonLines)) {
            throw new CommandLine.ParameterException(
                last.commandSpec().commandLine(),
                "--format jsonl is for commands that write one record per customer (clv"
                    + " predict); use json");
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("crmkit: " + ex.getMessage() + " (try --help)");
          if (debug) {
            ex.printStackTrace(err);
          }
          err.flush();
          return cl.getExitCodeExceptionMapper().getExitCode(ex);
        });
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          int code = line.getExitCodeExceptionMapper().getExitCode(ex);
          err.println(
              code == CommandLine.ExitCode.SOFTWARE
                  ? "crmkit: internal error: " + ex
                  : "crmkit: " + ex.getMessage());
          if (debug) {
            ex.printStackTrace(err);
          }
          err.flush();
          return code;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Never a stack trace without --debug; the limits of the input contract should prevent
      // this, so it is reported as an internal error with what to try.
      err.println(
          "crmkit: internal error: "
              + (e instanceof OutOfMemoryError
                  ? "out of memory; give the JVM more heap (-Xmx) or split the input"
                  : "stack overflow")
              + (debug ? "" : " (--debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      code = CommandLine.ExitCode.SOFTWARE;
    }
    out.flush();
    return code;
  }
}
