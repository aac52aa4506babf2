package io.github.crmkit.core.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer journey: the touchpoints in the order the customer meets them. Touchpoint names are
 * unique within a journey. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JourneyMap {
  private final String name;
  private final List<Touchpoint> touchpoints;
  private final Map<String, Integer> index;

  private JourneyMap(String name, List<Touchpoint> touchpoints) {
    this.name = name;
    this.touchpoints = List.copyOf(touchpoints);
    Map<String, Integer> idx = new LinkedHashMap<>();
    for (int i = 0; i < this.touchpoints.size(); i++) {
      String n = this.touchpoints.get(i).name();
      if (idx.putIfAbsent(n, i) != null) {
        throw new IllegalArgumentException(
            "touchpoint names must be unique in journey '" + name + "', but '" + n + "' repeats");
      }
    }
    this.index = idx;
  }

  /**
   * Returns a journey of the given touchpoints.
   *
   * @param name the journey's name, not null
   * @param touchpoints the touchpoints in order, at least one, names unique
   * @return the journey
   * @throws IllegalArgumentException if there is no touchpoint or a name repeats
   */
  public static JourneyMap of(String name, List<Touchpoint> touchpoints) {
    checkNotNull(name, "name must not be null");
    checkNotNull(touchpoints, "touchpoints must not be null");
    if (touchpoints.isEmpty()) {
      throw new IllegalArgumentException(
          "touchpoints must not be empty for journey '" + name + "'");
    }
    List<Touchpoint> copy = new ArrayList<>(touchpoints.size());
    for (Touchpoint t : touchpoints) {
      copy.add(checkNotNull(t, "touchpoints must not hold null"));
    }
    return new JourneyMap(name, copy);
  }

  /**
   * Returns the journey's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the touchpoints in journey order.
   *
   * @return an unmodifiable list
   */
  public List<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns the touchpoint with a name.
   *
   * @param name the name, not null
   * @return the touchpoint, or empty
   */
  public Optional<Touchpoint> touchpoint(String name) {
    checkNotNull(name, "name must not be null");
    Integer i = index.get(name);
    return i == null ? Optional.empty() : Optional.of(touchpoints.get(i));
  }

  /**
   * Returns the position of a touchpoint in the journey.
   *
   * @param name the name, not null
   * @return the zero-based position
   * @throws IllegalArgumentException if the journey has no touchpoint of that name
   */
  public int positionOf(String name) {
    checkNotNull(name, "name must not be null");
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          "name must be a touchpoint of journey '"
              + this.name
              + "' "
              + index.keySet()
              + ", but was '"
              + name
              + "'");
    }
    return i;
  }

  /**
   * Returns the position of a touchpoint in the journey.
   *
   * @param name the touchpoint's name, not null
   * @return its position from 0, or -1 when the journey has no touchpoint of that name
   */
  public int indexOf(String name) {
    checkNotNull(name, "name must not be null");
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Returns the touchpoints on one side of the line of visibility.
   *
   * @param visibility the side, not null
   * @return the touchpoints, in journey order
   */
  public List<Touchpoint> touchpoints(Visibility visibility) {
    checkNotNull(visibility, "visibility must not be null");
    return touchpoints.stream().filter(t -> t.visibility() == visibility).toList();
  }

  /**
   * Returns the touchpoints where a risk is perceived at or above a level.
   *
   * @param risk the risk, not null
   * @param atLeast the lowest level, not null
   * @return the touchpoints, in journey order
   */
  public List<Touchpoint> riskyTouchpoints(PerceivedRisk risk, RiskLevel atLeast) {
    checkNotNull(risk, "risk must not be null");
    checkNotNull(atLeast, "atLeast must not be null");
    return touchpoints.stream()
        .filter(
            t -> {
              RiskLevel l = t.risks().get(risk);
              return l != null && l.compareTo(atLeast) >= 0;
            })
        .toList();
  }

  @Override
  public String toString() {
    return "JourneyMap{" + name + ": " + String.join(" -> ", index.keySet()) + "}";
  }
}
