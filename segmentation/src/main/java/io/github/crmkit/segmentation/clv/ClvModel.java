package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fitted lifetime-value model as it is saved after fitting and loaded to predict: the transaction
 * model (BG/NBD, MBG/NBD or Pareto/NBD), its covariate effects where it was fitted with covariates,
 * and optionally the Gamma-Gamma spend model. {@link ClvModelJson} reads and writes it. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * ClvModel saved = ClvModel.of(BgNbd.fit(data, FitOptions.defaults()).model())
 *     .withSpend(GammaGamma.fit(data, FitOptions.defaults()).model());
 * String json = ClvModelJson.write(saved);
 * TransactionModel model = ClvModelJson.read(json).transactions();
 * }</pre>
 *
 * @since 0.2
 */
public final class ClvModel {
  private final TransactionModel transactions;
  private final @Nullable CovariateModel covariates;
  private final @Nullable GammaGamma spend;

  private ClvModel(
      TransactionModel transactions,
      @Nullable CovariateModel covariates,
      @Nullable GammaGamma spend) {
    this.transactions = transactions;
    this.covariates = covariates;
    this.spend = spend;
  }

  /**
   * A model without covariates and without a spend model.
   *
   * @param transactions the transaction model, not null
   * @return the model
   */
  public static ClvModel of(TransactionModel transactions) {
    checkNotNull(transactions, "transactions must not be null");
    return new ClvModel(transactions, null, null);
  }

  /**
   * A model fitted with covariates, without a spend model.
   *
   * @param transactions the covariate model, not null
   * @return the model
   */
  public static ClvModel of(CovariateModel transactions) {
    checkNotNull(transactions, "transactions must not be null");
    return new ClvModel(transactions.baseline(), transactions, null);
  }

  /**
   * This model with a spend model.
   *
   * @param spend the Gamma-Gamma model, not null
   * @return a new model
   */
  public ClvModel withSpend(GammaGamma spend) {
    checkNotNull(spend, "spend must not be null");
    return new ClvModel(transactions, covariates, spend);
  }

  /**
   * The transaction model; for a model fitted with covariates, the model of the reference customer
   * (its {@link CovariateModel#baseline()}).
   *
   * @return the model
   */
  public TransactionModel transactions() {
    return transactions;
  }

  /**
   * The covariate model, when the model was fitted with covariates.
   *
   * @return the covariate model, or empty
   */
  public Optional<CovariateModel> covariates() {
    return Optional.ofNullable(covariates);
  }

  /**
   * The spend model, when there is one.
   *
   * @return the Gamma-Gamma model, or empty
   */
  public Optional<GammaGamma> spend() {
    return Optional.ofNullable(spend);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ClvModel m
        && transactions.equals(m.transactions)
        && Objects.equals(covariates, m.covariates)
        && Objects.equals(spend, m.spend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transactions, covariates, spend);
  }

  @Override
  public String toString() {
    return "ClvModel{"
        + (covariates != null ? covariates : transactions)
        + (spend != null ? ", spend " + spend : "")
        + "}";
  }
}
