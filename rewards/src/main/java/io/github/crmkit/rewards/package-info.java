/**
 * Loyalty programmes as pure functions over an event log: a {@link
 * io.github.crmkit.rewards.Programme} says how points are earned, locked, expired, redeemed and
 * taken back and how tiers are earned; {@link io.github.crmkit.rewards.LoyaltyEvent}s say what
 * happened; a {@link io.github.crmkit.rewards.Ledger} is one member's points after those events, as
 * lots with postings that say which lots every event touched, so that no point is ever lost or
 * counted twice.
 *
 * <p>Nothing here reads the clock, the default zone or the default locale: instants, the
 * programme's zone and locales are explicit. All public types are immutable and thread-safe.
 */
@NullMarked
package io.github.crmkit.rewards;

import org.jspecify.annotations.NullMarked;
