package io.github.crmkit.examples.service;

import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.segmentation.customer.CustomerProfile;
import io.github.crmkit.segmentation.customer.CustomerProfiler;
import io.github.crmkit.segmentation.loyalty.CompositeLoyalty;
import io.github.crmkit.segmentation.loyalty.JonesSasser;
import io.github.crmkit.segmentation.loyalty.LoyaltyEvidence;
import io.github.crmkit.segmentation.loyalty.LoyaltyScore;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One customer: Stone type, lifecycle status and stage, ladder rung; satisfaction x loyalty
 * quadrant and composite loyalty score; and the NPS of a posted batch of answers.
 */
@RestController
public class CustomerController {
  private final CustomerProfiler profiler;
  private final JonesSasser quadrants;
  private final CompositeLoyalty composite;
  private final int maxBatch;

  CustomerController(
      CustomerProfiler profiler,
      JonesSasser quadrants,
      CompositeLoyalty composite,
      CrmkitProperties properties) {
    this.profiler = profiler;
    this.quadrants = quadrants;
    this.composite = composite;
    this.maxBatch = properties.maxBatch();
  }

  /**
   * A customer's purchases in summary.
   *
   * @param first the first purchase
   * @param last the last purchase
   * @param count how many
   * @param total their total, such as {@code "USD 120.00"}
   */
  public record Purchases(
      @NotNull Instant first,
      @NotNull Instant last,
      @NotNull @PositiveOrZero Long count,
      @NotNull @Pattern(regexp = RecoveryController.MONEY) String total) {}

  /**
   * What is known of a customer.
   *
   * @param customerId the customer
   * @param asOf the instant of the profile
   * @param purchases the purchases, or null for none
   * @param recommendScore the answer to "would you recommend us", 0 to 10, or null
   * @param signals named behavioural signals (shares and counts), such as {@code deliveryShare}
   */
  public record ProfileRequest(
      @NotBlank @Size(max = CustomerId.MAX_LENGTH) String customerId,
      @NotNull Instant asOf,
      @Valid Purchases purchases,
      @Min(0) @Max(10) Integer recommendScore,
      @Size(max = 64) Map<String, @NotNull Double> signals) {}

  /**
   * A customer's profile.
   *
   * @param customerId the customer
   * @param stoneType the dominant Stone type, or null when the evidence is weak or tied
   * @param lifecycleStatus the lifecycle status
   * @param lifecycleStage the lifecycle stage
   * @param rung the loyalty ladder rung
   * @param explanation why, in English
   */
  public record ProfileResponse(
      String customerId,
      String stoneType,
      String lifecycleStatus,
      String lifecycleStage,
      String rung,
      String explanation) {}

  /**
   * Profiles one customer.
   *
   * @param req the customer
   * @return the profile
   */
  @PostMapping("/customers/profile")
  public ProfileResponse profile(@Valid @RequestBody ProfileRequest req) {
    CustomerSnapshot.Builder b =
        new CustomerSnapshot.Builder().customerId(CustomerId.of(req.customerId())).asOf(req.asOf());
    if (req.purchases() != null) {
      Purchases p = req.purchases();
      b.purchases(new PurchaseSummary(p.first(), p.last(), p.count(), Money.parse(p.total())));
    }
    if (req.recommendScore() != null) {
      b.recommendScore(req.recommendScore());
    }
    if (req.signals() != null) {
      b.putAllSignals(req.signals());
    }
    CustomerProfile p = profiler.profile(b.build());
    return new ProfileResponse(
        req.customerId(),
        p.stone().dominant().map(StoneType::code).orElse(null),
        p.lifecycle().status().code(),
        p.lifecycle().stage().code(),
        p.rung().code(),
        p.lifecycle().explanation().toString());
  }

  /**
   * A customer's satisfaction and loyalty answers.
   *
   * @param satisfaction overall satisfaction, 1 to 5
   * @param loyalty intention to buy again, 1 to 5
   * @param recommend likelihood to recommend, 0 to 10, or null
   * @param repeatPurchaseRate the share of the customer's periods with a repeat purchase, or null
   */
  public record LoyaltyRequest(
      @NotNull @Min(1) @Max(5) Integer satisfaction,
      @NotNull @Min(1) @Max(5) Integer loyalty,
      @Min(0) @Max(10) Integer recommend,
      @DecimalMin("0") @DecimalMax("1") Double repeatPurchaseRate) {}

  /**
   * A customer's loyalty.
   *
   * @param quadrant the satisfaction x loyalty quadrant (Jones and Sasser)
   * @param compositeScore the composite loyalty score, 0 to 100
   * @param complete whether both behaviour and attitude contributed to the score
   * @param explanation why the score is what it is, in English
   */
  public record LoyaltyResponse(
      String quadrant, double compositeScore, boolean complete, String explanation) {}

  /**
   * Classifies one customer's loyalty.
   *
   * @param req the answers
   * @return the quadrant and the composite score
   */
  @PostMapping("/customers/loyalty")
  public LoyaltyResponse loyalty(@Valid @RequestBody LoyaltyRequest req) {
    LoyaltyQuadrant q =
        req.recommend() == null
            ? quadrants.classify(req.satisfaction(), req.loyalty())
            : quadrants.classify(req.satisfaction(), req.loyalty(), req.recommend());
    LoyaltyEvidence.Builder e = LoyaltyEvidence.builder().satisfaction(req.satisfaction(), 1, 5);
    if (req.recommend() != null) {
      e.recommend(req.recommend());
    }
    if (req.repeatPurchaseRate() != null) {
      e.repeatPurchaseRate(req.repeatPurchaseRate());
    }
    LoyaltyScore s = composite.score(e.build());
    return new LoyaltyResponse(q.code(), s.score(), s.complete(), s.explanation().toString());
  }

  /**
   * A survey's answers to "how likely are you to recommend us", 0 to 10.
   *
   * @param answers the answers
   */
  public record NpsRequest(@NotEmpty List<@NotNull @Min(0) @Max(10) Integer> answers) {}

  /**
   * A Net Promoter Score.
   *
   * @param n answers
   * @param promoters answers of 9 and 10
   * @param passives answers of 7 and 8
   * @param detractors answers of 0 to 6
   * @param score promoters' share less detractors', in points
   * @param lower the lower end of its 95% adjusted Wald interval
   * @param upper the upper end
   */
  public record NpsResponse(
      long n,
      long promoters,
      long passives,
      long detractors,
      double score,
      double lower,
      double upper) {}

  /**
   * The NPS of a posted batch of answers, with its margin.
   *
   * @param req the answers
   * @return the score and its interval
   */
  @PostMapping("/surveys/nps")
  public NpsResponse nps(@Valid @RequestBody NpsRequest req) {
    if (req.answers().size() > maxBatch) {
      throw new IllegalArgumentException(
          "answers: at most " + maxBatch + " per request, but " + req.answers().size() + " came");
    }
    int[] a = new int[req.answers().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = req.answers().get(i);
    }
    NetPromoterScore nps = NetPromoterScore.of(a);
    ConfidenceInterval ci = nps.adjustedWaldInterval(0.95);
    return new NpsResponse(
        nps.n(),
        nps.promoters(),
        nps.passives(),
        nps.detractors(),
        nps.score(),
        ci.lower(),
        ci.upper());
  }
}
