package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.LifecycleStage;
import io.github.crmkit.core.internal.Codes;

/**
 * A customer's finer status within the {@link LifecycleStage}s: the first three visits (trial,
 * confirmation, bonded: industry practice, not theory), then active, at risk, lapsed and won back.
 *
 * @since 0.1
 */
public enum CustomerStatus implements CodedType {
  /** Has not bought yet. */
  PROSPECT("prospect", LifecycleStage.ACQUIRE),
  /** First visit: trying the firm out. */
  TRIAL("trial", LifecycleStage.ACQUIRE),
  /** Second visit: confirming the first impression. */
  CONFIRMATION("confirmation", LifecycleStage.DEVELOP),
  /** Third visit: a habit is forming. */
  BONDED("bonded", LifecycleStage.DEVELOP),
  /** Buys regularly. */
  ACTIVE("active", LifecycleStage.RETAIN),
  /** Quiet for longer than usual. */
  AT_RISK("at-risk", LifecycleStage.RETAIN),
  /** Quiet for so long that the customer is probably gone. */
  LAPSED("lapsed", LifecycleStage.RETAIN),
  /** Bought again after having lapsed; the relationship is being rebuilt. */
  WON_BACK("won-back", LifecycleStage.DEVELOP);

  private final String code;
  private final LifecycleStage stage;

  CustomerStatus(String code, LifecycleStage stage) {
    this.code = code;
    this.stage = stage;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the lifecycle stage this status belongs to.
   *
   * @return the stage
   */
  public LifecycleStage stage() {
    return stage;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static CustomerStatus fromCode(String code) {
    return Codes.byCode(CustomerStatus.class, code);
  }
}
