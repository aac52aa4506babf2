package io.github.crmkit.testkit.quicktheories;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Wraps a {@link RandomGenerator}-based generator as a QuickTheories {@link Gen}.
 *
 * <p>Every random draw the generator makes becomes a draw from QuickTheories' randomness source, so
 * QuickTheories shrinks a failing value by shrinking those draws towards zero: smaller numbers,
 * shorter collections, earlier choices.
 *
 * @since 0.1
 */
public final class CrmGen {
  private CrmGen() {}

  /**
   * Returns a QuickTheories generator backed by a function of a random generator.
   *
   * @param generator draws one value from the random generator it is given, not null
   * @param <T> the type of the values
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Function<RandomGenerator, T> generator) {
    checkNotNull(generator, "generator must not be null");
    return in -> generator.apply(new SourceRandom(in));
  }

  /** A random generator whose every long is a shrinkable draw from QuickTheories. */
  private static final class SourceRandom implements RandomGenerator {
    private static final Constraint ANY_LONG =
        Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0);
    private final RandomnessSource source;

    SourceRandom(RandomnessSource source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.next(ANY_LONG);
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive, but was " + bound);
      }
      // A direct bounded draw shrinks towards 0 instead of towards an arbitrary residue.
      return (int) source.next(Constraint.between(0, bound - 1L).withShrinkPoint(0));
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException(
            "origin must be below bound, but was " + origin + " >= " + bound);
      }
      return (int) source.next(Constraint.between(origin, bound - 1L).withShrinkPoint(origin));
    }

    @Override
    public long nextLong(long origin, long bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException(
            "origin must be below bound, but was " + origin + " >= " + bound);
      }
      return source.next(Constraint.between(origin, bound - 1).withShrinkPoint(origin));
    }
  }
}
