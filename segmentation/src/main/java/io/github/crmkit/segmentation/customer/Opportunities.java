package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to do next with a customer: cross-sell the catalogue categories not yet bought, up-sell when
 * spend sits in a tier below the customer's peers, and demarket when the customer costs more to
 * serve than they bring. Each is a flag with its reasons; nothing is ever applied silently.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Opportunities {
  private Opportunities() {}

  /**
   * Finds cross-selling opportunities: the categories of a host-given catalogue the customer has
   * not bought ({@link CustomerSnapshot#categories()}).
   *
   * @param customer the customer, not null
   * @param catalogue the categories on offer, in the order to propose them; not null, no nulls
   * @return the categories not bought, in catalogue order; empty when there is nothing to
   *     cross-sell
   */
  public static List<String> crossSell(CustomerSnapshot customer, List<String> catalogue) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(catalogue, "catalogue must not be null");
    Set<String> out = new LinkedHashSet<>();
    for (String c : catalogue) {
      checkNotNull(c, "catalogue must not hold null");
      if (!customer.categories().contains(c)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Places the customer's spend among peers (for example customers of the same category or segment)
   * and flags up-selling when the spend tier is below the peers' median.
   *
   * @param customer the customer, not null; a prospect spends zero
   * @param peers the peers' spend distribution, not null, same currency
   * @return the assessment
   * @throws io.github.crmkit.core.CurrencyMismatchException if the currencies differ
   */
  public static UpSell upSell(CustomerSnapshot customer, PeerSpend peers) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(peers, "peers must not be null");
    Money spend =
        customer.purchases().map(p -> p.total()).orElse(Money.zero(peers.median().currency()));
    int tier =
        spend.compareTo(peers.lowerQuartile()) < 0
            ? 1
            : spend.compareTo(peers.median()) < 0
                ? 2
                : spend.compareTo(peers.upperQuartile()) < 0 ? 3 : 4;
    return new UpSell(customer.customerId(), spend, tier, tier <= 2, peers);
  }

  /**
   * Flags a customer for demarketing when the host-supplied profitability over the window, margin
   * minus cost to serve, is negative. The flag is advice with its reasons; crmkit never acts on it.
   *
   * @param customer the customer, not null
   * @param margin the margin the customer brought in the window, not null
   * @param costToServe the cost of serving the customer in the window, not null, same currency
   * @return the assessment
   * @throws io.github.crmkit.core.CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if the cost to serve is negative
   */
  public static Demarketing demarketing(
      CustomerSnapshot customer, Money margin, Money costToServe) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(margin, "margin must not be null");
    checkNotNull(costToServe, "costToServe must not be null");
    if (costToServe.isNegative()) {
      throw new IllegalArgumentException(
          "costToServe must not be negative, but was " + costToServe);
    }
    Money profit = margin.minus(costToServe);
    List<String> reasons = new ArrayList<>();
    if (profit.isNegative()) {
      reasons.add(
          "profitability "
              + profit
              + " is negative: margin "
              + margin
              + " minus cost to serve "
              + costToServe);
      if (margin.isNegative()) {
        reasons.add("the margin itself is negative " + margin);
      }
    }
    return new Demarketing(customer.customerId(), profit, !reasons.isEmpty(), reasons);
  }
}
