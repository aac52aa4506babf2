package io.github.crmkit.rewards;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * One event as the ledger's state reads it, filled from an event object or from a row of a {@link
 * LoyaltyEventLog}: one reused per thread, so that a batch makes no event object (the event is made
 * only to name a rejection).
 */
final class EventRow {
  byte kind;
  @Nullable CustomerId member;
  String id = "";
  int idHash;
  Instant at = Instant.EPOCH;

  /** Minor units (purchase, return) or points (redemption, adjustment). */
  long value;

  @Nullable Currency currency;

  /** The order (purchase, return), redemption (cancel), reward (redemption) or reason. */
  @Nullable String ref;

  int refHash;
  @Nullable Channel channel;
  @Nullable String category;
  @Nullable CustomerId referredBy;
  private @Nullable LoyaltyEvent event;
  private @Nullable LoyaltyEventLog log;
  private int row;

  /** Fills this row from an event. */
  EventRow of(LoyaltyEvent e) {
    event = e;
    log = null;
    member = e.member();
    id = e.id();
    idHash = id.hashCode();
    at = e.at();
    currency = null;
    channel = null;
    category = null;
    referredBy = null;
    ref = null;
    value = 0;
    if (e instanceof LoyaltyEvent.Purchase p) {
      kind = LoyaltyEventLog.PURCHASE;
      ref = p.order();
      value = p.amount().minorUnits();
      currency = p.amount().currency();
      channel = p.channel().orElse(null);
      category = p.category().orElse(null);
    } else if (e instanceof LoyaltyEvent.Return p) {
      kind = LoyaltyEventLog.RETURN;
      ref = p.order();
      value = p.amount().minorUnits();
      currency = p.amount().currency();
    } else if (e instanceof LoyaltyEvent.Redemption p) {
      kind = LoyaltyEventLog.REDEMPTION;
      ref = p.reward().orElse(null);
      value = p.points();
    } else if (e instanceof LoyaltyEvent.RedemptionCancel p) {
      kind = LoyaltyEventLog.CANCEL;
      ref = p.redemption();
    } else if (e instanceof LoyaltyEvent.Adjustment p) {
      kind = LoyaltyEventLog.ADJUSTMENT;
      ref = p.reason();
      value = p.points();
    } else {
      kind = LoyaltyEventLog.ENROLMENT;
      referredBy = ((LoyaltyEvent.Enrolment) e).referredBy().orElse(null);
    }
    refHash = ref == null ? 0 : ref.hashCode();
    return this;
  }

  /** Fills this row from row {@code i} of a log. */
  EventRow of(LoyaltyEventLog l, int i) {
    event = null;
    log = l;
    row = i;
    kind = l.kind[i];
    member = l.members[l.member[i]];
    id = l.idAt(i);
    idHash = l.idHash[i];
    at = Instant.ofEpochSecond(l.second[i], l.nano[i]);
    value = l.value[i];
    ref = l.refAt(i);
    refHash = l.refHash[i];
    boolean money = kind == LoyaltyEventLog.PURCHASE || kind == LoyaltyEventLog.RETURN;
    currency = money ? l.currencies[l.currency[i]] : null;
    Object x = l.extraAt(i);
    channel = x instanceof Channel c ? c : null;
    referredBy = x instanceof CustomerId c ? c : null;
    category = l.categoryAt(i);
    return this;
  }

  /** The channel (purchase) or referring member (enrolment), or null. */
  @Nullable Object extra() {
    return channel != null ? channel : referredBy;
  }

  /** The order, redemption or reason of an event that has one. */
  String ref() {
    return java.util.Objects.requireNonNull(ref);
  }

  /** The amount of a purchase or return. */
  Money amount() {
    return Money.ofMinor(value, java.util.Objects.requireNonNull(currency));
  }

  /** The event itself (made from the log's columns when the row came from one). */
  LoyaltyEvent event() {
    LoyaltyEvent e = event;
    if (e == null) {
      e = java.util.Objects.requireNonNull(log).row(row);
      event = e;
    }
    return e;
  }
}
