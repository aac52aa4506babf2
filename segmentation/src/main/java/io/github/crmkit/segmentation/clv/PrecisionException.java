package io.github.crmkit.segmentation.clv;

import io.github.crmkit.core.CrmException;

/**
 * Thrown when a prediction cannot be computed to working precision at a model's parameters: rather
 * than return a negative, infinite or out-of-range number, crmkit refuses. Within the documented
 * parameter domain (every parameter from 1e-6 to 1e6) and for times up to 1e5 in the model's unit,
 * the properties crmkit tests (finite and in range) hold for shapes and scales from 1e-3 to 1e3;
 * this exception marks the corners outside that where double precision gives out.
 *
 * @since 0.2
 */
public final class PrecisionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be computed, with the model and the value obtained
   */
  public PrecisionException(String message) {
    super(message);
  }
}
