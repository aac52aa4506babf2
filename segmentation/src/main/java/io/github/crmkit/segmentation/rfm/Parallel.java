package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs a fixed number of tasks on the common fork-join pool, the calling thread included. */
final class Parallel {
  private Parallel() {}

  static void run(int tasks, IntConsumer task) {
    if (tasks == 1) {
      task.accept(0);
    } else {
      IntStream.range(0, tasks).parallel().forEach(task);
    }
  }

  static int checkParallelism(int parallelism) {
    checkArgument(
        parallelism >= 1 && parallelism <= 256,
        "parallelism must be between 1 and 256, but was %s",
        parallelism);
    return parallelism;
  }

  /** Returns the first index of part {@code t} of {@code n} items split into {@code parts}. */
  static int start(int t, int parts, int n) {
    return (int) ((long) n * t / parts);
  }
}
