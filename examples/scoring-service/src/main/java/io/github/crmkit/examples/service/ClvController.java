package io.github.crmkit.examples.service;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.RepeatSummary;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.clv.TransactionModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lifetime value from a named fitted model: probability alive, expected purchases and spend, and
 * the discounted lifetime value of one customer.
 */
@RestController
public class ClvController {
  private final Definitions.Models models;

  ClvController(Definitions.Models models) {
    this.models = models;
  }

  /**
   * One customer's repeat-purchase summary in the model's time unit, and the horizon.
   *
   * @param x repeat purchases in the calibration period
   * @param tx the time of the last repeat purchase since the first purchase
   * @param age the time since the first purchase (T)
   * @param meanSpend the mean spend of the repeat purchases, or null (no value then)
   * @param horizon how far ahead, in {@code horizonUnit}
   * @param horizonUnit the unit of the horizon, default the model's
   * @param annualDiscountRate the discount rate per year, default 0.10
   * @param margin the share of spend that is profit, default 1 (revenue)
   */
  public record ClvRequest(
      @NotNull @PositiveOrZero Integer x,
      @NotNull @PositiveOrZero Double tx,
      @NotNull @Positive Double age,
      @PositiveOrZero Double meanSpend,
      @NotNull @Positive Double horizon,
      TimeScale horizonUnit,
      @DecimalMin("0") @DecimalMax("10") Double annualDiscountRate,
      @DecimalMin("0") @DecimalMax("1") Double margin) {}

  /**
   * One customer's predictions.
   *
   * @param model the model's name
   * @param modelVersion its version
   * @param probabilityAlive the probability that the customer is still active
   * @param expectedPurchases purchases expected over the horizon
   * @param expectedSpend the expected mean spend per purchase, or null without spend
   * @param lifetimeValue the discounted value over the horizon, or null without spend
   */
  public record ClvResponse(
      String model,
      String modelVersion,
      double probabilityAlive,
      double expectedPurchases,
      Double expectedSpend,
      Double lifetimeValue) {}

  /**
   * Lists the models and their versions.
   *
   * @return the models by name
   */
  @GetMapping("/clv/models")
  public Map<String, String> models() {
    return models.versions();
  }

  /**
   * Predicts one customer with a named model.
   *
   * @param name the model's name
   * @param req the customer and the horizon
   * @return the predictions
   */
  @PostMapping("/clv/{name}/predict")
  public ClvResponse predict(@PathVariable String name, @Valid @RequestBody ClvRequest req) {
    Definitions.Model m = models.get(name);
    TransactionModel t = m.transactions();
    if (req.tx() > req.age()) {
      throw new IllegalArgumentException(
          "tx must not exceed age, but tx was " + req.tx() + " and age " + req.age());
    }
    if (req.x() == 0 && req.tx() != 0) {
      throw new IllegalArgumentException("tx must be 0 when x is 0, but was " + req.tx());
    }
    Horizon horizon =
        Horizon.of(req.horizon(), req.horizonUnit() == null ? t.unit() : req.horizonUnit());
    double length = horizon.in(t.unit());
    double alive = t.probabilityAlive(req.x(), req.tx(), req.age());
    double purchases = t.conditionalExpectedPurchases(length, req.x(), req.tx(), req.age());
    Double spend = null;
    Double value = null;
    if (m.spend() != null && req.meanSpend() != null) {
      spend = m.spend().expectedSpend(req.x(), req.meanSpend());
      value =
          LifetimeValue.of(
              t,
              m.spend(),
              new RepeatSummary(
                  CustomerId.of("request"), req.x(), req.tx(), req.age(), req.meanSpend()),
              horizon,
              DiscountRate.of(
                  req.annualDiscountRate() == null ? 0.10 : req.annualDiscountRate(),
                  TimeScale.YEAR),
              req.margin() == null ? 1.0 : req.margin());
    }
    return new ClvResponse(m.name(), m.version(), alive, purchases, spend, value);
  }
}
