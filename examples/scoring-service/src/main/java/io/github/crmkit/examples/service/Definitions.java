package io.github.crmkit.examples.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.MbgNbd;
import io.github.crmkit.segmentation.clv.ParetoNbd;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.clv.TransactionModel;
import io.github.crmkit.segmentation.rfm.Breakpoints;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmDimension;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.SegmentMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.core.io.Resource;

/** The named, versioned definitions the service loads from files: boundary sets and models. */
final class Definitions {
  private Definitions() {}

  /**
   * Strict: an unknown member in a definition file stops the start-up; required members are checked
   * by name after reading (a model's spend is optional).
   */
  static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * A boundary set file: its name and version, and the cuts between scores per dimension.
   *
   * @param name the name callers use
   * @param version the version, reported with every score
   * @param recency recency cuts in days
   * @param frequency frequency cuts
   * @param monetary monetary cuts
   */
  record BoundaryFile(
      String name,
      String version,
      List<Double> recency,
      List<Double> frequency,
      List<Double> monetary) {}

  /**
   * A model file: a fitted transaction model and, optionally, a spend model.
   *
   * @param name the name callers use
   * @param version the version, reported with every prediction
   * @param unit the model's time unit
   * @param transactions the transaction model's kind ({@code bg-nbd}, {@code mbg-nbd}, {@code
   *     pareto-nbd}) and parameters
   * @param spend Gamma-Gamma's p, q and gamma, or null
   */
  record ModelFile(
      String name,
      String version,
      TimeScale unit,
      Map<String, Object> transactions,
      Map<String, Double> spend) {}

  /** A boundary set ready to score with. */
  record BoundarySet(String name, String version, RfmBoundaries boundaries, RfmScorer scorer) {}

  /** A model ready to predict with. */
  record Model(String name, String version, TransactionModel transactions, GammaGamma spend) {}

  /** The boundary sets by name: loaded at start-up, added by an administrator, never replaced. */
  static final class BoundarySets {
    private final ConcurrentMap<String, BoundarySet> sets = new ConcurrentHashMap<>();
    private final SegmentMap segments;

    BoundarySets(SegmentMap segments) {
      this.segments = segments;
    }

    /** Adds a set; false when the name is taken (sets are immutable). */
    boolean add(String name, String version, RfmBoundaries boundaries) {
      return sets.putIfAbsent(
              name, new BoundarySet(name, version, boundaries, RfmScorer.of(boundaries, segments)))
          == null;
    }

    BoundarySet get(String name) {
      BoundarySet s = sets.get(name);
      if (s == null) {
        throw new UnknownDefinitionException("boundary set", name, names());
      }
      return s;
    }

    Map<String, String> versions() {
      Map<String, String> out = new TreeMap<>();
      sets.forEach((n, s) -> out.put(n, s.version()));
      return out;
    }

    List<String> names() {
      return List.copyOf(new TreeMap<>(sets).keySet());
    }
  }

  /** The fitted models by name, loaded at start-up. */
  static final class Models {
    private final Map<String, Model> models;

    Models(Map<String, Model> models) {
      this.models = Map.copyOf(models);
    }

    Model get(String name) {
      Model m = models.get(name);
      if (m == null) {
        throw new UnknownDefinitionException(
            "model", name, List.copyOf(new TreeMap<>(models).keySet()));
      }
      return m;
    }

    Map<String, String> versions() {
      Map<String, String> out = new TreeMap<>();
      models.forEach((n, m) -> out.put(n, m.version()));
      return out;
    }
  }

  /** A name that no loaded definition has: a 404 problem listing the names there are. */
  static final class UnknownDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownDefinitionException(String kind, String name, List<String> known) {
      super("no " + kind + " named '" + name + "'; known: " + known);
    }
  }

  static RfmBoundaries boundaries(
      List<Double> recency, List<Double> frequency, List<Double> monetary) {
    return RfmBoundaries.of(
        Breakpoints.fixed(RfmDimension.RECENCY, cuts(recency)),
        Breakpoints.fixed(RfmDimension.FREQUENCY, cuts(frequency)),
        Breakpoints.fixed(RfmDimension.MONETARY, cuts(monetary)));
  }

  private static double[] cuts(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      Double v = values.get(i);
      if (v == null) {
        throw new IllegalArgumentException(
            "cuts must be numbers, but cut " + (i + 1) + " was null");
      }
      out[i] = v;
    }
    return out;
  }

  static BoundaryFile readBoundaries(Resource r) {
    BoundaryFile f = read(r, BoundaryFile.class);
    require(r, f.name() != null && f.version() != null, "name and version are required");
    require(
        r,
        f.recency() != null && f.frequency() != null && f.monetary() != null,
        "recency, frequency and monetary cuts are required");
    return f;
  }

  static Model readModel(Resource r) {
    ModelFile f = read(r, ModelFile.class);
    require(r, f.name() != null && f.version() != null, "name and version are required");
    require(r, f.unit() != null && f.transactions() != null, "unit and transactions are required");
    Map<String, Object> t = f.transactions();
    String kind = String.valueOf(t.get("model"));
    TransactionModel model =
        switch (kind) {
          case "bg-nbd" ->
              new BgNbd(
                  num(r, t, "r"), num(r, t, "alpha"), num(r, t, "a"), num(r, t, "b"), f.unit());
          case "mbg-nbd" ->
              new MbgNbd(
                  num(r, t, "r"), num(r, t, "alpha"), num(r, t, "a"), num(r, t, "b"), f.unit());
          case "pareto-nbd" ->
              new ParetoNbd(
                  num(r, t, "r"), num(r, t, "alpha"), num(r, t, "s"), num(r, t, "beta"), f.unit());
          default ->
              throw new IllegalStateException(
                  r.getDescription()
                      + ": transactions.model must be one of [bg-nbd, mbg-nbd, pareto-nbd], but was '"
                      + kind
                      + "'");
        };
    GammaGamma spend = null;
    if (f.spend() != null) {
      spend =
          new GammaGamma(
              num(r, f.spend(), "p"), num(r, f.spend(), "q"), num(r, f.spend(), "gamma"));
    }
    return new Model(f.name(), f.version(), model, spend);
  }

  private static double num(Resource r, Map<String, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw new IllegalStateException(r.getDescription() + ": '" + key + "' must be a number");
    }
    return n.doubleValue();
  }

  private static <T> T read(Resource r, Class<T> type) {
    try (InputStream in = r.getInputStream()) {
      return Objects.requireNonNull(STRICT.readValue(in, type), r.getDescription());
    } catch (IOException e) {
      throw new IllegalStateException(r.getDescription() + ": " + e.getMessage(), e);
    }
  }

  private static void require(Resource r, boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(r.getDescription() + ": " + message);
    }
  }
}
