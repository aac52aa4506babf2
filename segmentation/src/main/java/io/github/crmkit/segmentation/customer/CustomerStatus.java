package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
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
  PROSPECT("prospect", "Prospect", "예상 고객", LifecycleStage.ACQUIRE),
  /** First visit: trying the firm out. */
  TRIAL("trial", "Trial", "시험 구매", LifecycleStage.ACQUIRE),
  /** Second visit: confirming the first impression. */
  CONFIRMATION("confirmation", "Confirmation", "확인", LifecycleStage.DEVELOP),
  /** Third visit: a habit is forming. */
  BONDED("bonded", "Bonded", "유대 형성", LifecycleStage.DEVELOP),
  /** Buys regularly. */
  ACTIVE("active", "Active", "활성", LifecycleStage.RETAIN),
  /** Quiet for longer than usual. */
  AT_RISK("at-risk", "At risk", "이탈 위험", LifecycleStage.RETAIN),
  /** Quiet for so long that the customer is probably gone. */
  LAPSED("lapsed", "Lapsed", "이탈", LifecycleStage.RETAIN),
  /** Bought again after having lapsed; the relationship is being rebuilt. */
  WON_BACK("won-back", "Won back", "재획득", LifecycleStage.DEVELOP);

  private final Label label;
  private final LifecycleStage stage;

  CustomerStatus(String code, String english, String korean, LifecycleStage stage) {
    this.label = new Label(code, english, korean);
    this.stage = stage;
  }

  @Override
  public Label label() {
    return label;
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
