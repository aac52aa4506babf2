package io.github.crmkit.core.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.ContactLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A moment where the customer meets the firm: its name (unique within a journey), the channel, the
 * contact level, whether it lies in front of or behind the line of visibility, the message or clue
 * the customer meets there, and the risks the customer perceives there. Immutable.
 *
 * @param name the touchpoint's name, not blank
 * @param channel the channel
 * @param contactLevel the contact level
 * @param visibility front or back office
 * @param clue the message or clue the customer meets, may be empty
 * @param risks the perceived risks with their levels, unmodifiable
 * @since 0.1
 */
public record Touchpoint(
    String name,
    Channel channel,
    ContactLevel contactLevel,
    Visibility visibility,
    String clue,
    Map<PerceivedRisk, RiskLevel> risks) {
  /**
   * Checks and copies the components.
   *
   * @param name not blank
   * @param channel not null
   * @param contactLevel not null
   * @param visibility not null
   * @param clue not null
   * @param risks not null, without null keys or values; copied
   * @throws IllegalArgumentException if the name is blank
   */
  public Touchpoint {
    checkNotNull(name, "name must not be null");
    checkNotNull(channel, "channel must not be null");
    checkNotNull(contactLevel, "contactLevel must not be null");
    checkNotNull(visibility, "visibility must not be null");
    checkNotNull(clue, "clue must not be null");
    checkNotNull(risks, "risks must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
    }
    EnumMap<PerceivedRisk, RiskLevel> copy = new EnumMap<>(PerceivedRisk.class);
    risks.forEach(
        (k, v) ->
            copy.put(
                checkNotNull(k, "risks must not hold a null risk"),
                checkNotNull(v, "risks must not hold a null level")));
    risks = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns a front-office touchpoint with the channel's default contact level and no risks.
   *
   * @param name the name, not blank
   * @param channel the channel, not null
   * @param clue the message or clue, not null
   * @return the touchpoint
   */
  public static Touchpoint of(String name, Channel channel, String clue) {
    checkNotNull(channel, "channel must not be null");
    return new Touchpoint(
        name, channel, channel.defaultContactLevel(), Visibility.FRONT_OFFICE, clue, Map.of());
  }

  /**
   * Returns a copy on the other side of the line of visibility.
   *
   * @param visibility the visibility, not null
   * @return the copy
   */
  public Touchpoint withVisibility(Visibility visibility) {
    return new Touchpoint(name, channel, contactLevel, visibility, clue, risks);
  }

  /**
   * Returns a copy with another contact level.
   *
   * @param contactLevel the contact level, not null
   * @return the copy
   */
  public Touchpoint withContactLevel(ContactLevel contactLevel) {
    return new Touchpoint(name, channel, contactLevel, visibility, clue, risks);
  }

  /**
   * Returns a copy annotated with a perceived risk (replacing the level of that risk if present).
   *
   * @param risk the risk, not null
   * @param level its level, not null
   * @return the copy
   */
  public Touchpoint withRisk(PerceivedRisk risk, RiskLevel level) {
    checkNotNull(risk, "risk must not be null");
    checkNotNull(level, "level must not be null");
    EnumMap<PerceivedRisk, RiskLevel> copy = new EnumMap<>(PerceivedRisk.class);
    copy.putAll(risks);
    copy.put(risk, level);
    return new Touchpoint(name, channel, contactLevel, visibility, clue, copy);
  }
}
