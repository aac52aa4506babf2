package io.github.crmkit.examples.spark;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.SerialFilters;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmCell;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentSummary;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the driver fitted, shipped to the executors: RFM boundaries and the two lifetime-value
 * models. Scores one partition's customers at a time.
 *
 * <p>The fitted values travel as bytes and are read on each executor through crmkit's serial filter
 * ({@link SerialFilters#crmkitOnly()}): only crmkit's classes and the JDK types they hold are
 * instantiated, and every invariant is re-validated as it is read.
 */
final class Scoring implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The schema of the scored customers written as Parquet. */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("customer_id", DataTypes.StringType, false),
            DataTypes.createStructField("recency_days", DataTypes.IntegerType, false),
            DataTypes.createStructField("frequency", DataTypes.IntegerType, false),
            DataTypes.createStructField("monetary", DataTypes.DoubleType, false),
            DataTypes.createStructField("r", DataTypes.IntegerType, false),
            DataTypes.createStructField("f", DataTypes.IntegerType, false),
            DataTypes.createStructField("m", DataTypes.IntegerType, false),
            DataTypes.createStructField("segment", DataTypes.StringType, false),
            DataTypes.createStructField("x", DataTypes.IntegerType, false),
            DataTypes.createStructField("t_x", DataTypes.DoubleType, false),
            DataTypes.createStructField("age", DataTypes.DoubleType, false),
            DataTypes.createStructField("p_alive", DataTypes.DoubleType, false),
            DataTypes.createStructField("expected_purchases", DataTypes.DoubleType, false),
            DataTypes.createStructField("expected_spend", DataTypes.DoubleType, false),
            DataTypes.createStructField("clv", DataTypes.DoubleType, false)
          });

  private final JobSettings settings;
  private final byte[] fittedBytes;
  private transient volatile @org.jspecify.annotations.Nullable Fitted fitted;

  /** The fitted values, in a crmkit class so that the filter admits the holder too. */
  static final class Fitted implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    final RfmBoundaries boundaries;
    final BgNbd purchases;
    final GammaGamma spend;

    Fitted(RfmBoundaries boundaries, BgNbd purchases, GammaGamma spend) {
      this.boundaries = boundaries;
      this.purchases = purchases;
      this.spend = spend;
    }
  }

  Scoring(JobSettings settings, RfmBoundaries boundaries, BgNbd purchases, GammaGamma spend) {
    this.settings = settings;
    Fitted f = new Fitted(boundaries, purchases, spend);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    this.fittedBytes = bytes.toByteArray();
    this.fitted = f;
  }

  /** The fitted values, read through crmkit's serial filter on first use in this JVM. */
  Fitted fitted() {
    Fitted f = fitted;
    if (f == null) {
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(fittedBytes))) {
        in.setObjectInputFilter(SerialFilters.crmkitOnly());
        f = (Fitted) in.readObject();
      } catch (java.io.IOException | ClassNotFoundException e) {
        throw new IllegalStateException("the fitted values could not be read: " + e, e);
      }
      fitted = f;
    }
    return f;
  }

  private RfmSegmentation segmentation(PartitionSummary p, CustomerId[] ids) {
    RfmColumns c = p.rfmColumns(settings, ids);
    return RfmScorer.of(fitted().boundaries, JobSettings.segmentMap(settings.segments()))
        .scoreAll(c, 1);
  }

  /** The scored rows of one partition's customers. */
  Iterator<Row> rows(PartitionSummary p) {
    CustomerId[] ids = p.customerIds();
    RfmSegmentation seg = segmentation(p, ids);
    ClvData data = p.clvData(ids);
    double horizon = settings.horizonWeeks();
    BgNbd purchases = fitted().purchases;
    GammaGamma spend = fitted().spend;
    double[] expected = purchases.conditionalExpectedPurchases(data, horizon);
    double[] value =
        LifetimeValue.of(
            purchases,
            spend,
            data,
            Horizon.of(horizon, TimeScale.WEEK),
            DiscountRate.of(settings.annualDiscountRate(), TimeScale.YEAR),
            1.0);
    List<Row> out = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      RfmCell cell = seg.cell(i);
      out.add(
          RowFactory.create(
              p.ids[i],
              p.recencyDays[i],
              p.frequency[i],
              p.monetary[i],
              cell.r(),
              cell.f(),
              cell.m(),
              seg.segment(i),
              p.x[i],
              p.tx[i],
              p.age[i],
              purchases.probabilityAlive(p.x[i], p.tx[i], p.age[i]),
              expected[i],
              spend.expectedSpend(p.x[i], p.meanSpend[i]),
              value[i]));
    }
    return out.iterator();
  }

  /** Per segment of one partition: customers and revenue in minor units. */
  Map<String, long[]> segmentTotals(PartitionSummary p) {
    RfmSegmentation seg = segmentation(p, p.customerIds());
    Map<String, long[]> totals = new TreeMap<>();
    for (SegmentSummary s : seg.segments()) {
      totals.put(s.segment(), new long[] {s.customers(), s.revenue().minorUnits()});
    }
    return totals;
  }

  /** Adds two partitions' segment totals. */
  static Map<String, long[]> add(Map<String, long[]> a, Map<String, long[]> b) {
    Map<String, long[]> sum = new TreeMap<>(a);
    b.forEach(
        (k, v) -> sum.merge(k, v, (x, y) -> new long[] {x[0] + y[0], Math.addExact(x[1], y[1])}));
    return sum;
  }
}
