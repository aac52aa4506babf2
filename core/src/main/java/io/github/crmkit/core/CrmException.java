package io.github.crmkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of crmkit's domain failures: input that is well formed but cannot be processed under the
 * rules of the domain (mixed currencies, an invalid policy, an illegal stage move, a model that
 * does not converge). Caller mistakes, such as a null or out-of-range argument, are reported with
 * the standard {@link NullPointerException}, {@link IllegalArgumentException} and {@link
 * IllegalStateException} instead.
 *
 * <p>Unchecked. Subclasses carry the facts of the failure as fields.
 *
 * @since 0.1
 */
public class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the values involved
   */
  public CrmException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the values involved
   * @param cause the underlying failure, or null
   */
  public CrmException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
