package io.github.crmkit.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves between the states of an enum, as data: the one implementation behind the
 * customer-status and complaint-case transition tables, which differ only in whether staying in a
 * state counts as a move. Immutable and thread-safe.
 *
 * @param <S> the states
 */
public final class TransitionTable<S extends Enum<S>> {
  private final Map<S, Set<S>> legal;

  private TransitionTable(Map<S, Set<S>> legal) {
    this.legal = legal;
  }

  /**
   * Copies a table of legal moves.
   *
   * @param type the states
   * @param legal for each state, the states it may move to; states without an entry move nowhere
   * @param stayingIsLegal whether every state may "move" to itself
   * @param <S> the states
   * @return the table
   * @throws NullPointerException if the table holds null
   */
  public static <S extends Enum<S>> TransitionTable<S> of(
      Class<S> type, Map<S, ? extends Set<S>> legal, boolean stayingIsLegal) {
    checkNotNull(legal, "legal must not be null");
    Map<S, Set<S>> copy = new EnumMap<>(type);
    for (S s : type.getEnumConstants()) {
      EnumSet<S> to = stayingIsLegal ? EnumSet.of(s) : EnumSet.noneOf(type);
      Set<S> given = legal.get(s);
      if (given != null) {
        for (S t : given) {
          to.add(checkNotNull(t, "legal must not hold null"));
        }
      }
      copy.put(s, Collections.unmodifiableSet(to));
    }
    return new TransitionTable<>(copy);
  }

  /**
   * Tells whether a move is legal.
   *
   * @param from the state moved from, not null
   * @param to the state moved to, not null
   * @return true if legal
   */
  public boolean isLegal(S from, S to) {
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    return legal.getOrDefault(from, Set.of()).contains(to);
  }

  /**
   * Returns the states a state may move to.
   *
   * @param from the state, not null
   * @return an unmodifiable set
   */
  public Set<S> from(S from) {
    checkNotNull(from, "from must not be null");
    return legal.getOrDefault(from, Set.of());
  }

  @Override
  public String toString() {
    return legal.toString();
  }
}
