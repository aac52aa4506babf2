package io.github.crmkit.examples.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crmkit} command: crmkit's public API on the user's own files. Exit codes: 0 success, 1
 * internal error, 2 usage error, 3 data error. Errors are one line on stderr; {@code --debug} adds
 * the stack trace.
 */
@Command(
    name = "crmkit",
    mixinStandardHelpOptions = true,
    version = "crmkit 0.2.0",
    description = "Customer analytics with crmkit on your own files.")
public final class Crmkit implements Runnable {
  /** Exit code for bad input data. */
  static final int DATA_ERROR = 3;

  /**
   * The subcommands by name, in the order help lists them. Only the one named on the command line
   * is built (picocli reflects over every option of every command it is given, about 0.1 s for all
   * of them); help and mistakes get them all.
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("demo", DemoCommand::new);
    m.put("rfm", RfmCommand::new);
    m.put("recover", RecoverCommand::new);
    m.put("clv", ClvCommand::new);
    m.put("code", CodeCommand::new);
    m.put("agreement", AgreementCommand::new);
    m.put("business-time", BusinessTimeCommand::new);
    m.put("rewards", RewardsCommand::new);
    return m;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
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
    java.util.function.Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    if (named != null) {
      cl.addSubcommand(args[0], named.get());
    } else if (!version) {
      // --version alone needs no subcommand; help and mistakes list them all.
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    cl.setOut(out);
    cl.setErr(err);
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
          return CommandLine.ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          int code;
          if (ex instanceof DataException) {
            err.println("crmkit: " + ex.getMessage());
            code = DATA_ERROR;
          } else if (ex instanceof java.io.UncheckedIOException
              || ex instanceof java.io.IOException) {
            err.println("crmkit: " + ex.getMessage());
            code = DATA_ERROR;
          } else if (ex instanceof io.github.crmkit.core.CrmException) {
            // A domain refusal (an invalid policy or segment map, a currency mismatch, a model
            // that cannot be fitted): the input, not crmkit, is at fault.
            err.println("crmkit: " + ex.getMessage());
            code = DATA_ERROR;
          } else if (ex instanceof IllegalArgumentException) {
            err.println("crmkit: " + ex.getMessage());
            code = CommandLine.ExitCode.USAGE;
          } else {
            err.println("crmkit: internal error: " + ex);
            code = CommandLine.ExitCode.SOFTWARE;
          }
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
