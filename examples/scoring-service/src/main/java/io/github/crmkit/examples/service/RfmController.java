package io.github.crmkit.examples.service;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import io.github.crmkit.segmentation.rfm.RfmResult;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** RFM: one customer's cell and segment, a posted batch's segments, and the boundary sets. */
@RestController
public class RfmController {
  private final Definitions.BoundarySets sets;
  private final byte[] adminAuthorization;

  RfmController(Definitions.BoundarySets sets, CrmkitProperties properties) {
    this.sets = sets;
    this.adminAuthorization =
        properties.adminToken().isEmpty()
            ? new byte[0]
            : ("Bearer " + properties.adminToken()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A customer's RFM values and the boundary set to score against.
   *
   * @param customerId the customer
   * @param recencyDays days since the last purchase
   * @param frequency purchases
   * @param monetary spend
   * @param boundaries the name of a boundary set, or null for {@code default}
   */
  public record RfmScoreRequest(
      @NotBlank @Size(max = CustomerId.MAX_LENGTH) String customerId,
      @NotNull @PositiveOrZero Integer recencyDays,
      @NotNull @PositiveOrZero Integer frequency,
      @NotNull @PositiveOrZero Double monetary,
      @Size(max = 64) String boundaries) {}

  /**
   * A customer's scores.
   *
   * @param customerId the customer
   * @param boundaries the boundary set scored against
   * @param boundariesVersion its version
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @param cell the three scores as one code, such as {@code 545}
   * @param segment the segment
   * @param explanation why, in English
   */
  public record RfmScoreResponse(
      String customerId,
      String boundaries,
      String boundariesVersion,
      int r,
      int f,
      int m,
      String cell,
      String segment,
      String explanation) {}

  /**
   * Scores one customer.
   *
   * @param req the customer's values
   * @return the scores, segment and explanation
   */
  @PostMapping("/rfm/score")
  public RfmScoreResponse score(@Valid @RequestBody RfmScoreRequest req) {
    Definitions.BoundarySet set =
        sets.get(req.boundaries() == null ? ScoringConfiguration.DEFAULT_SET : req.boundaries());
    RfmResult r =
        set.scorer()
            .score(
                CustomerId.of(req.customerId()),
                req.recencyDays(),
                req.frequency(),
                req.monetary());
    return new RfmScoreResponse(
        req.customerId(),
        set.name(),
        set.version(),
        r.r(),
        r.f(),
        r.m(),
        r.cellCode(),
        r.segment(),
        r.explanation().toString());
  }

  /**
   * The rows of a posted batch: how many arrived, were used and were refused, by reason.
   *
   * @param received rows in the body
   * @param processed rows used
   * @param rejected rows refused by the reader, by reason code
   * @param rejectedWhenAggregating purchases refused by the aggregation (after the day), by reason
   */
  public record Rows(
      long received,
      long processed,
      Map<String, Long> rejected,
      Map<String, Long> rejectedWhenAggregating) {}

  /**
   * One customer of a batch.
   *
   * @param customerId the customer
   * @param recencyDays days since the last purchase
   * @param frequency purchases
   * @param monetary spend
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @param segment the segment
   */
  public record CustomerSegment(
      String customerId,
      int recencyDays,
      long frequency,
      BigDecimal monetary,
      int r,
      int f,
      int m,
      String segment) {}

  /**
   * A batch's segments.
   *
   * @param asOf the day of the analysis
   * @param boundaries the boundary set
   * @param boundariesVersion its version
   * @param rows the account of the rows
   * @param customers every customer's figures, scores and segment
   */
  public record RfmSegmentResponse(
      LocalDate asOf,
      String boundaries,
      String boundariesVersion,
      Rows rows,
      List<CustomerSegment> customers) {}

  /**
   * Segments a posted batch of purchases: a CSV body ({@code Content-Type: text/csv}) with the
   * header {@code customer_id,timestamp,amount}, read by crmkit-io's strict CSV reader (a broken
   * line is a 422 problem naming its line and column), aggregated as of {@code asOf} (default: the
   * day after the last purchase) in {@code zone}, and scored with a named boundary set.
   *
   * @param body the CSV text, UTF-8
   * @param zone the zone of local dates and of days
   * @param currency the currency of the amounts, an ISO 4217 code
   * @param asOf the day of the analysis, or null
   * @param boundaries the boundary set
   * @return the account of the rows and every customer's figures, scores and segment
   * @throws IOException never (the body is in memory)
   */
  @PostMapping(value = "/rfm/segment", consumes = "text/csv")
  public RfmSegmentResponse segment(
      @RequestBody byte[] body,
      @RequestParam(defaultValue = "UTC") ZoneId zone,
      @RequestParam(defaultValue = "USD") Currency currency,
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(defaultValue = ScoringConfiguration.DEFAULT_SET) String boundaries)
      throws IOException {
    Definitions.BoundarySet set = sets.get(boundaries);
    PurchaseRead read =
        CsvPurchases.read(
            new ByteArrayInputStream(body),
            "request body",
            CsvPurchases.Options.of(currency, zone));
    PurchaseColumns purchases = read.columns();
    if (purchases.size() == 0) {
      throw new IllegalArgumentException("the body has no purchases to segment");
    }
    LocalDate day = asOf;
    if (day == null) {
      long last = Long.MIN_VALUE;
      for (int i = 0; i < purchases.size(); i++) {
        last = Math.max(last, purchases.epochSecond(i));
      }
      day = LocalDate.ofInstant(Instant.ofEpochSecond(last), zone).plusDays(1);
    }
    RfmAggregation agg =
        RfmAggregator.of(day.atStartOfDay(zone).toInstant(), zone, currency).aggregate(purchases);
    RfmSegmentation seg = set.scorer().scoreAll(agg, 1);
    Map<String, Long> readRejections = new LinkedHashMap<>();
    read.rejections().forEach((reason, n) -> readRejections.put(reason.code(), n));
    Map<String, Long> aggregation = new TreeMap<>();
    for (Rejection<?> r : agg.rejectedRecords()) {
      aggregation.merge(r.reason().code(), 1L, Long::sum);
    }
    List<CustomerSegment> customers = new ArrayList<>();
    RfmColumns c = seg.columns();
    for (int i = 0; i < seg.size(); i++) {
      customers.add(
          new CustomerSegment(
              c.customer(i).value(),
              c.recencyDays(i),
              c.frequency(i),
              c.revenue(i).toBigDecimal(),
              seg.cell(i).r(),
              seg.cell(i).f(),
              seg.cell(i).m(),
              seg.segment(i)));
    }
    return new RfmSegmentResponse(
        day,
        set.name(),
        set.version(),
        new Rows(read.received(), read.processed(), readRejections, aggregation),
        customers);
  }

  /**
   * A new boundary set: the cuts between scores per dimension.
   *
   * @param name the set's name
   * @param recency the recency cuts
   * @param frequency the frequency cuts
   * @param monetary the monetary cuts
   */
  public record BoundariesRequest(
      @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String name,
      @NotEmpty @Size(max = 9) List<@NotNull Double> recency,
      @NotEmpty @Size(max = 9) List<@NotNull Double> frequency,
      @NotEmpty @Size(max = 9) List<@NotNull Double> monetary) {}

  /**
   * A boundary set.
   *
   * @param name its name
   * @param version its version
   * @param boundaries the cuts, as text
   */
  public record BoundariesResponse(String name, String version, String boundaries) {}

  /**
   * Lists the boundary sets and their versions.
   *
   * @return the sets by name
   */
  @GetMapping("/rfm/boundaries")
  public Map<String, String> boundarySets() {
    return sets.versions();
  }

  /**
   * Creates a named, immutable boundary set: an administrative call, authorised by the configured
   * token ({@code Authorization: Bearer TOKEN}). An existing set is never replaced (409).
   *
   * @param authorization the Authorization header
   * @param req the set
   * @return the set created
   */
  @PostMapping("/rfm/boundaries")
  public ResponseEntity<BoundariesResponse> createBoundaries(
      @RequestHeader(value = "Authorization", required = false) String authorization,
      @Valid @RequestBody BoundariesRequest req) {
    if (adminAuthorization.length == 0) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "Administration disabled",
          "creating boundary sets needs crmkit.admin-token (CRMKIT_ADMIN_TOKEN) to be set");
    }
    byte[] given = (authorization == null ? "" : authorization).getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, adminAuthorization)) {
      throw new ApiProblem(
          HttpStatus.UNAUTHORIZED, "Not authorised", "a valid administrative token is required");
    }
    var b = Definitions.boundaries(req.recency(), req.frequency(), req.monetary());
    String version = "runtime";
    if (!sets.add(req.name(), version, b)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "Boundary set exists",
          "a boundary set named '" + req.name() + "' exists and sets are immutable");
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new BoundariesResponse(req.name(), version, b.toString()));
  }
}
