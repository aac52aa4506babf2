package io.github.crmkit.examples.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.segmentation.clv.ClvModel;
import io.github.crmkit.segmentation.clv.ClvModelJson;
import io.github.crmkit.segmentation.clv.GammaGamma;
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
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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
   * A model file: a name and version around a fitted model in crmkit's model format ({@link
   * ClvModelJson}, what {@code crmkit clv fit --format json} writes and {@code clv predict} reads).
   *
   * @param name the name callers use
   * @param version the version, reported with every prediction
   * @param model the fitted model and, optionally, its spend model
   */
  record ModelFile(String name, String version, JsonNode model) {}

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
    require(r, f.model() != null && f.model().isObject(), "model is required (an object)");
    ClvModel m;
    try {
      m = ClvModelJson.read(STRICT.writeValueAsString(f.model()));
    } catch (DefinitionFormatException e) {
      // The path is the model document's; inside the file it is under "model".
      throw new IllegalStateException(
          r.getDescription() + ": $.model" + e.path().substring(1) + ": " + e.problem(), e);
    } catch (IOException e) {
      throw new IllegalStateException(r.getDescription() + ": " + e.getMessage(), e);
    }
    require(
        r,
        m.covariates().isEmpty(),
        "a model fitted with covariates needs each caller's covariates; this service scores"
            + " models without them");
    return new Model(f.name(), f.version(), m.transactions(), m.spend().orElse(null));
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
