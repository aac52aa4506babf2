package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.core.experience.Emotion;
import io.github.crmkit.core.experience.EmotionFamily;
import io.github.crmkit.core.experience.ExperienceRating;
import io.github.crmkit.core.experience.JourneyMap;
import io.github.crmkit.core.experience.Observation;
import io.github.crmkit.core.experience.Touchpoint;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.IncidentCode;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.incident.Taxonomy;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.CustomerContext;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.FitOptions;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.clv.ModelFitException;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.customer.CustomerProfile;
import io.github.crmkit.segmentation.customer.CustomerProfiler;
import io.github.crmkit.segmentation.customer.StoneClassifier;
import io.github.crmkit.segmentation.customer.StoneEvidence;
import io.github.crmkit.segmentation.experience.CurvePoint;
import io.github.crmkit.segmentation.experience.ExperienceAnalysis;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.segmentation.rfm.SegmentSummary;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import io.github.crmkit.testkit.DomainGenerators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crmkit demo}: a synthetic base from testkit (fixed default seed) through everything crmkit
 * does, as a readable report or JSON with one key per section.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run a synthetic customer base through everything crmkit does.")
final class DemoCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the synthetic base (default 42).")
  long seed;

  @Option(names = "--customers", defaultValue = "20000", description = "Customers (default 20000).")
  int customers;

  @Option(names = "--out", description = "Also write DIR/index.html with PNG charts.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Members per tier of the demo's loyalty programme, for the report's chart. */
  private Map<String, Long> rewardsTiers = Map.of();

  @Override
  public Integer call() {
    if (customers < 100 || customers > 2_000_000) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--customers must be 100 to 2,000,000, but was " + customers);
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    List<String> text = new ArrayList<>();
    Currency usd = Currency.getInstance("USD");
    ZoneId utc = ZoneOffset.UTC;
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(seed).customers(customers);
    PurchaseColumns columns = gen.columns();

    // RFM.
    RfmAggregation agg = RfmAggregator.of(gen.end(), utc, usd).aggregate(columns);
    RfmSegmentation seg =
        RfmScorer.of(RfmBinning.quantiles(5).fit(agg.columns()), SegmentMaps.putler11())
            .scoreAll(agg, 1);
    ObjectNode rfm = root.putObject("rfm");
    rfm.put("customers", seg.size());
    rfm.put("purchases", columns.size());
    ArrayNode segs = rfm.putArray("segments");
    text.add(
        String.format(
            Locale.ROOT,
            "RFM (Putler 11) on %,d customers, %,d purchases",
            seg.size(),
            columns.size()));
    for (SegmentSummary s : seg.segments()) {
      segs.addObject()
          .put("name", s.segment())
          .put("customers", s.customers())
          .put("revenue", s.revenue().toBigDecimal());
      text.add(
          String.format(
              Locale.ROOT,
              "  %-22s %7d customers  %6.1f%% of revenue",
              s.segment(),
              s.customers(),
              100 * s.revenueShare()));
    }

    // Customer types, lifecycle and the loyalty ladder, on generated snapshots.
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> shares = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (StoneEvidence e : StoneClassifier.defaultEvidence()) {
      List<String> target = e.reading() == StoneEvidence.Reading.COUNT ? counts : shares;
      if (!target.contains(e.signal())
          && !shares.contains(e.signal())
          && !counts.contains(e.signal())) {
        target.add(e.signal());
      }
    }
    int profiled = Math.min(customers, 5_000);
    CustomerProfiler profiler = CustomerProfiler.defaults();
    Map<String, Long> stone = new TreeMap<>();
    Map<String, Long> status = new TreeMap<>();
    Map<String, Long> rung = new TreeMap<>();
    for (int i = 0; i < profiled; i++) {
      CustomerSnapshot s =
          DomainGenerators.snapshot(
              rng, gen.end(), shares, counts, List.of("music", "books", "games"));
      CustomerProfile p = profiler.profile(s);
      stone.merge(p.stone().dominant().map(StoneType::code).orElse("undetermined"), 1L, Long::sum);
      status.merge(p.lifecycle().status().code(), 1L, Long::sum);
      rung.merge(p.rung().code(), 1L, Long::sum);
    }
    ObjectNode cust = root.putObject("customers");
    cust.put("profiled", profiled);
    counts(cust.putObject("stoneTypes"), stone);
    counts(cust.putObject("lifecycle"), status);
    counts(cust.putObject("ladder"), rung);
    text.add("");
    text.add("Customer types (Stone) of " + profiled + " profiled customers: " + stone);
    text.add("Lifecycle statuses: " + status);
    text.add("Loyalty ladder: " + rung);

    // NPS.
    int[] answers = new int[customers];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = (int) Math.max(0, Math.min(10, Math.round(7.6 + 2.1 * rng.nextGaussian())));
    }
    NetPromoterScore nps = NetPromoterScore.of(answers);
    root.putObject("nps")
        .put("score", nps.score())
        .put("marginOfError95", nps.marginOfError(0.95))
        .put("promoters", nps.promoters())
        .put("passives", nps.passives())
        .put("detractors", nps.detractors());
    text.add("");
    text.add(
        String.format(
            Locale.ROOT,
            "NPS %.1f +- %.1f (95%%), %d respondents",
            nps.score(),
            nps.marginOfError(0.95),
            nps.n()));

    // Lifetime value: BG/NBD and Gamma-Gamma on the same purchases, a year of calibration.
    LocalDate calEnd = gen.end().atZone(utc).toLocalDate().minusDays(1);
    List<Purchase> purchases =
        gen.purchases().stream().filter(Objects::nonNull).collect(Collectors.toList());
    ClvData clv = ClvData.fromPurchases(purchases, calEnd, utc, TimeScale.WEEK, usd);
    // A small base may not identify the dropout process; then the fit is penalised, and says so.
    boolean penalised = false;
    ModelFit<BgNbd> bg;
    try {
      bg = BgNbd.fit(clv);
    } catch (ModelFitException e) {
      bg = BgNbd.fit(clv, FitOptions.defaults().withPenalty(0.01));
      penalised = true;
    }
    ModelFit<GammaGamma> gg;
    try {
      gg = GammaGamma.fit(clv);
    } catch (ModelFitException e) {
      gg = GammaGamma.fit(clv, FitOptions.defaults().withPenalty(0.01));
      penalised = true;
    }
    double[] alive = bg.model().probabilityAlive(clv);
    double[] next = bg.model().conditionalExpectedPurchases(clv, 52);
    double totalValue = 0;
    double meanAlive = 0;
    for (int i = 0; i < clv.size(); i++) {
      totalValue += next[i] * gg.model().expectedSpend(clv.x(i), clv.meanSpend(i));
      meanAlive += alive[i] / clv.size();
    }
    ObjectNode c = root.putObject("clv");
    ObjectNode bgp = c.putObject("bgnbd");
    bg.model().parameters().forEach(bgp::put);
    c.put("logLikelihood", bg.logLikelihood());
    c.put("penalised", penalised);
    ObjectNode ggp = c.putObject("gammaGamma");
    gg.model().parameters().forEach(ggp::put);
    c.put("meanProbabilityAlive", meanAlive);
    c.put("expectedRevenueNext52Weeks", totalValue);
    text.add("");
    text.add(
        String.format(
            Locale.ROOT,
            "BG/NBD %s, log-likelihood %.1f%s",
            fmt(bg.model().parameters()),
            bg.logLikelihood(),
            penalised ? " (L2 penalty 0.01: the base is too small to identify the dropout)" : ""));
    text.add(String.format(Locale.ROOT, "Gamma-Gamma %s", fmt(gg.model().parameters())));
    text.add(
        String.format(
            Locale.ROOT,
            "Mean probability alive %.3f; expected revenue in the next 52 weeks USD %,.0f",
            meanAlive,
            totalValue));

    // Critical incidents: coding and inter-coder reliability.
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
    String[] narratives = {
      "We waited two hours for our table and nobody apologised",
      "The flight was cancelled and the desk was closed",
      "The waiter remembered my daughter's allergy and brought a special dessert",
      "The room was not ready and the staff were rude about it",
      "They stayed open late so we could finish our meal"
    };
    Map<String, Long> codes = new TreeMap<>();
    ArrayNode coded = root.putObject("incidents").putArray("coded");
    Instant t0 = gen.end();
    for (int i = 0; i < narratives.length; i++) {
      Incident inc =
          Incident.of(
              "I-" + (i + 1),
              narratives[i],
              Channel.IN_PERSON,
              i == 2 || i == 4 ? Outcome.SATISFACTORY : Outcome.DISSATISFACTORY,
              t0);
      CodingResult r = coder.code(inc);
      String code = r.code().orElse("uncoded");
      codes.merge(code, 1L, Long::sum);
      coded.addObject().put("id", inc.id()).put("code", code).put("confidence", r.confidence());
    }
    List<String> categories =
        Taxonomy.bitner().leaves().stream().map(IncidentCode::id).collect(Collectors.toList());
    RatingTable ratings =
        RatingTable.fromRows(DomainGenerators.ratings(rng, 120, 3, categories, 0.8, 0), categories);
    double alpha = Reliability.krippendorffAlpha(ratings, Metric.NOMINAL).value();
    double fleiss = Reliability.fleissKappa(ratings).overall().value();
    ObjectNode rel = ((ObjectNode) root.get("incidents")).putObject("reliability");
    rel.put("units", 120)
        .put("coders", 3)
        .put("krippendorffAlpha", alpha)
        .put("fleissKappa", fleiss);
    text.add("");
    text.add("Incidents coded with the Bitner starter lexicon: " + codes);
    text.add(
        String.format(
            Locale.ROOT,
            "Reliability of a simulated study (120 units, 3 coders): alpha %.3f, Fleiss' kappa %.3f",
            alpha,
            fleiss));

    // Recovery plans with SLA due times on London business hours.
    RecoveryPolicy policy =
        RecoveryPolicy.builder("demo")
            .respondWithin(
                Duration.ofHours(48),
                Duration.ofHours(24),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1))
            .compensation(usd(FailureType.OUTCOME, 1, CompensationKind.CREDIT, 10, "5.00", "50.00"))
            .compensation(
                usd(FailureType.OUTCOME, 3, CompensationKind.REFUND, 50, "10.00", "200.00"))
            .compensation(usd(FailureType.PROCESS, 1, CompensationKind.NONE, 0, "0", "0"))
            .doubleDeviationDays(30)
            .dishonestySeverityIncrease(2)
            .optionTier("gold")
            .build();
    BusinessCalendar hours =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    ArrayNode plans = root.putArray("recovery");
    text.add("");
    text.add("Recovery plans (policy 'demo', London business hours):");
    Object[][] cases = {
      {"1B", 2, FailureType.OUTCOME, false, null, "silver", "USD 80.00"},
      {"1A", 4, FailureType.OUTCOME, false, 12, "gold", "USD 240.00"},
      {"2C", 1, FailureType.PROCESS, true, null, "bronze", "USD 15.00"}
    };
    for (int i = 0; i < cases.length; i++) {
      Object[] k = cases[i];
      RecoveryPlan plan = policy.decide(context(k), CustomerContext.unknown());
      Instant due = hours.add(t0, plan.respondWithin());
      plans
          .addObject()
          .put("incident", "R-" + (i + 1))
          .put("severity", plan.severity())
          .put("compensation", plan.compensation().toString())
          .put("escalate", plan.escalate())
          .put("respondWithin", plan.respondWithin().toString())
          .put("due", due.toString())
          .put("rulesFired", plan.firedRules().size());
      text.add(
          String.format(
              Locale.ROOT,
              "  R-%d: severity %d, %s %s, respond within %s business time, due %s",
              i + 1,
              plan.severity(),
              plan.compensationKind().name().toLowerCase(Locale.ROOT),
              plan.compensation(),
              plan.respondWithin(),
              due.atZone(hours.zone())));
    }

    // A loyalty programme: testkit's event logs of members, replayed.
    int memberCount = Math.min(customers, 20_000);
    java.time.Instant start = gen.end().minus(java.time.Duration.ofDays(730));
    List<io.github.crmkit.rewards.LoyaltyEvent> log =
        io.github.crmkit.testkit.LoyaltyEventLogs.members(
            new SplittableRandom(seed + 17), memberCount, 20, start, usd);
    io.github.crmkit.rewards.Programme programme =
        io.github.crmkit.rewards.Programme.builder(usd)
            .pending(java.time.Duration.ofDays(14))
            .expiry(io.github.crmkit.rewards.Expiry.after(java.time.Duration.ofDays(365)))
            .enrolmentBonus(100)
            .tier(io.github.crmkit.rewards.Tier.of("base", 0))
            .tier(io.github.crmkit.rewards.Tier.of("silver", 500))
            .tier(io.github.crmkit.rewards.Tier.of("gold", 2000))
            .build();
    java.time.Instant asOf = log.get(log.size() - 1).at();
    io.github.crmkit.rewards.Replay replay =
        io.github.crmkit.rewards.Replay.of(programme, log, asOf);
    long outstanding = 0;
    long expiring = 0;
    long debt = 0;
    for (io.github.crmkit.rewards.Ledger l : replay.ledgers().values()) {
      outstanding += l.available() + l.pending();
      debt += l.debt();
      expiring += l.expiringBy(asOf.plus(java.time.Duration.ofDays(90)));
    }
    rewardsTiers = replay.membersByTier();
    ObjectNode rewards = root.putObject("rewards");
    rewards.put("members", replay.standings().size());
    rewards.put("asOf", asOf.toString());
    counts(rewards.putObject("membersByTier"), rewardsTiers);
    rewards.put("pointsOutstanding", outstanding);
    rewards.put("pointsExpiringIn90Days", expiring);
    rewards.put("debt", debt);
    rewards
        .putObject("events")
        .put("received", replay.received())
        .put("applied", replay.applied())
        .put("duplicates", replay.duplicates())
        .put("rejected", replay.rejected());
    text.add("");
    text.add(
        String.format(
            Locale.ROOT,
            "Loyalty programme: %,d members, %,d events (%,d applied, %,d rejected) as of %s",
            replay.standings().size(),
            replay.received(),
            replay.applied(),
            replay.rejected(),
            asOf));
    text.add("  members by tier: " + rewardsTiers);
    text.add(
        String.format(
            Locale.ROOT,
            "  points outstanding (liability) %,d, expiring in the next 90 days %,d, owed %,d",
            outstanding,
            expiring,
            debt));

    if (out != null) {
      report(seg, bg.model(), clv, text);
      text.add("");
      text.add("Report with charts: " + out.resolve("index.html"));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (common.format == Common.Format.json) {
      stdout.println(root.toPrettyString());
    } else {
      stdout.println("crmkit demo: seed " + seed + ", " + customers + " synthetic customers");
      stdout.println();
      text.forEach(stdout::println);
    }
    return 0;
  }

  /** Writes index.html and its PNG charts into {@link #out}. */
  private void report(RfmSegmentation seg, BgNbd model, ClvData clv, List<String> text) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": " + e.getMessage(), e);
    }
    List<String> names = new ArrayList<>();
    List<SegmentSummary> summaries = seg.segments();
    double[] sizes = new double[summaries.size()];
    double[] revenue = new double[summaries.size()];
    for (int i = 0; i < summaries.size(); i++) {
      names.add(summaries.get(i).segment());
      sizes[i] = summaries.get(i).customers();
      revenue[i] = summaries.get(i).revenue().toBigDecimal().doubleValue();
    }
    Charts.bars(
        out.resolve("segments.png"), "Customers per RFM segment", names, sizes, "customers");
    Charts.bars(
        out.resolve("segment-revenue.png"), "Revenue per RFM segment", names, revenue, "USD");
    double[][] rf = new double[5][5];
    for (int i = 0; i < seg.size(); i++) {
      var cell = seg.cell(i);
      rf[5 - cell.r()][cell.f() - 1]++;
    }
    Charts.heatmap(
        out.resolve("rf-heatmap.png"),
        "Customers by recency (R) and frequency (F) score",
        rf,
        List.of("R 5", "R 4", "R 3", "R 2", "R 1"),
        List.of("F 1", "F 2", "F 3", "F 4", "F 5"),
        "frequency score",
        "recency score");
    double age = 0;
    for (int i = 0; i < clv.size(); i++) {
      age = Math.max(age, clv.age(i));
    }
    int xs = 16;
    int steps = 20;
    double[][] alive = new double[xs][steps];
    List<String> rowNames = new ArrayList<>();
    List<String> colNames = new ArrayList<>();
    for (int c = 0; c < steps; c++) {
      colNames.add(String.format(Locale.ROOT, "%.0f", age * (c + 1) / steps));
    }
    for (int x = xs - 1; x >= 0; x--) {
      rowNames.add("x = " + x);
      for (int c = 0; c < steps; c++) {
        double tx = x == 0 ? 0 : age * (c + 1) / steps;
        alive[xs - 1 - x][c] = model.probabilityAlive(x, tx, age);
      }
    }
    Charts.heatmap(
        out.resolve("p-alive.png"),
        String.format(
            Locale.ROOT,
            "Probability alive at T = %.0f weeks, by repeat purchases and recency",
            age),
        alive,
        rowNames,
        colNames,
        "recency t_x (weeks)",
        "repeat purchases x");
    double[] t = new double[105];
    double[] e = new double[105];
    for (int i = 0; i < t.length; i++) {
      t[i] = i;
      e[i] = model.expectedPurchases(i);
    }
    Charts.line(
        out.resolve("expected.png"),
        "Expected repeat purchases of a new customer (BG/NBD)",
        t,
        e,
        "weeks",
        "purchases",
        null);
    List<Touchpoint> points =
        List.of(
            Touchpoint.of("Search", Channel.WEB, "ads and reviews"),
            Touchpoint.of("Order", Channel.WEB, "checkout"),
            Touchpoint.of("Delivery", Channel.IN_PERSON, "courier"),
            Touchpoint.of("Support call", Channel.PHONE, "agent"),
            Touchpoint.of("Refund", Channel.EMAIL, "confirmation"));
    JourneyMap journey = JourneyMap.of("online order", points);
    SplittableRandom rng = new SplittableRandom(seed + 1);
    double[] mood = {1.5, 1, -1.5, -2, 1.2};
    List<Observation> observations = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      for (int j = 0; j < 40; j++) {
        double v = mood[k] + rng.nextGaussian();
        int intensity = (int) Math.max(1, Math.min(5, Math.round(Math.abs(v) + 1)));
        observations.add(
            new Observation(
                points.get(k).name(),
                v > 0.3
                    ? ExperienceRating.POSITIVE
                    : v < -0.3 ? ExperienceRating.NEGATIVE : ExperienceRating.NEUTRAL,
                "",
                Emotion.of(v > 0 ? EmotionFamily.JOY : EmotionFamily.ANGER, intensity)));
      }
    }
    List<CurvePoint> curve = ExperienceAnalysis.of(journey, observations).emotionalCurve();
    double[] cx = new double[curve.size()];
    double[] cy = new double[curve.size()];
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < curve.size(); k++) {
      cx[k] = curve.get(k).position();
      cy[k] = curve.get(k).value();
      labels.add(curve.get(k).touchpoint());
    }
    Charts.line(
        out.resolve("journey.png"),
        "Emotional curve of a sample journey",
        cx,
        cy,
        "touchpoint",
        "mean signed emotion",
        labels);
    List<String> tierNames = new ArrayList<>(rewardsTiers.keySet());
    double[] tierMembers = new double[tierNames.size()];
    for (int i = 0; i < tierMembers.length; i++) {
      tierMembers[i] = rewardsTiers.get(tierNames.get(i));
    }
    Charts.bars(
        out.resolve("rewards-tiers.png"),
        "Loyalty programme members per tier",
        tierNames,
        tierMembers,
        "members");
    StringBuilder html = new StringBuilder();
    html.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>crmkit demo</title>")
        .append(
            "<style>body{font-family:sans-serif;max-width:960px;margin:2em auto}pre{background:#f6f6f6;padding:1em}</style>")
        .append("</head><body>\n<h1>crmkit demo</h1>\n<p>Seed ")
        .append(seed)
        .append(", ")
        .append(customers)
        .append(" synthetic customers.</p>\n<pre>");
    for (String line : text) {
      html.append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append('\n');
    }
    html.append("</pre>\n");
    for (String[] img :
        new String[][] {
          {"segments.png", "Segment sizes"},
          {"segment-revenue.png", "Segment revenue"},
          {"rf-heatmap.png", "R x F heatmap"},
          {"p-alive.png", "Probability alive by frequency and recency"},
          {"expected.png", "Expected purchases"},
          {"journey.png", "Emotional curve of a sample journey"},
          {"rewards-tiers.png", "Loyalty programme members per tier"}
        }) {
      html.append("<h2>")
          .append(img[1])
          .append("</h2>\n<img src=\"")
          .append(img[0])
          .append("\" alt=\"")
          .append(img[1])
          .append("\" width=\"900\">\n");
    }
    html.append("</body></html>\n");
    try {
      Files.writeString(out.resolve("index.html"), html, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(out + ": " + ex.getMessage(), ex);
    }
  }

  private static void counts(ObjectNode o, Map<String, Long> m) {
    m.forEach(o::put);
  }

  private static String fmt(Map<String, Double> params) {
    return params.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static CompensationRule usd(
      FailureType type,
      int minSeverity,
      CompensationKind kind,
      double percent,
      String floor,
      String cap) {
    return CompensationRule.builder()
        .failureType(type)
        .minSeverity(minSeverity)
        .kind(kind)
        .percent(percent)
        .floor(Money.parse("USD " + floor))
        .cap(Money.parse("USD " + cap))
        .build();
  }

  private static RecoveryContext context(Object[] k) {
    RecoveryContext.Builder b =
        RecoveryContext.builder()
            .category((String) k[0])
            .severity((Integer) k[1])
            .failureType((FailureType) k[2])
            .dishonesty((Boolean) k[3])
            .valueTier((String) k[5])
            .orderValue(Money.parse((String) k[6]));
    if (k[4] != null) {
      b.daysSincePreviousFailure((Integer) k[4]);
    }
    return b.build();
  }
}
