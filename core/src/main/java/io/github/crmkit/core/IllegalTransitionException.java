package io.github.crmkit.core;

/**
 * A move between two states that the state's transition table does not allow: a customer's status
 * (segmentation) or a complaint case's status (recovery). A host that only needs to know that a
 * move was refused catches this type; the subclasses add what was moving.
 *
 * <p>Unchecked.
 *
 * @since 0.2
 */
public class IllegalTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The state the move started from. */
  private final CodedType from;

  /** The state the move was asked to reach. */
  private final CodedType to;

  /**
   * Creates the exception.
   *
   * @param subject what was moving, for the message ({@code "customer c-1"}, {@code "case 42"})
   * @param from the state it was in
   * @param to the state it was asked to move to
   */
  protected IllegalTransitionException(String subject, CodedType from, CodedType to) {
    super(subject + " cannot move from " + from.code() + " to " + to.code());
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the state the move started from.
   *
   * @return the state
   */
  public CodedType from() {
    return from;
  }

  /**
   * Returns the state the move was asked to reach.
   *
   * @return the state
   */
  public CodedType to() {
    return to;
  }
}
