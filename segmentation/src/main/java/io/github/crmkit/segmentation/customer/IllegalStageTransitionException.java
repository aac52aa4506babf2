package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.IllegalTransitionException;

/**
 * A customer's status would move in a way the {@link StatusTransitions} do not allow, for example
 * from lapsed straight to active without being won back.
 *
 * @since 0.1
 */
public final class IllegalStageTransitionException extends IllegalTransitionException {
  private static final long serialVersionUID = 1L;

  /** The customer. */
  private final CustomerId customer;

  /**
   * Creates the exception.
   *
   * @param customer the customer
   * @param from the status before
   * @param to the status the move would reach
   */
  public IllegalStageTransitionException(
      CustomerId customer, CustomerStatus from, CustomerStatus to) {
    super("customer " + customer, from, to);
    this.customer = customer;
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * Returns the status before the move.
   *
   * @return the status
   */
  @Override
  public CustomerStatus from() {
    // The constructor takes only CustomerStatus: the parent holds what it was given.
    return (CustomerStatus) super.from();
  }

  /**
   * Returns the status the move would have reached.
   *
   * @return the status
   */
  @Override
  public CustomerStatus to() {
    return (CustomerStatus) super.to();
  }
}
