package io.github.crmkit.segmentation.rules;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.SnapshotAccess;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A parsed attribute name with its accessor. */
final class Attr {
  private static final SnapshotAccess SNAP = CoreAccess.snapshots();

  enum Kind {
    COUNT,
    TOTAL,
    FIRST,
    LAST,
    RECOMMEND,
    SIGNAL,
    SURVEY,
    SCORE,
    FLAG,
    CATEGORY
  }

  final String name;
  final Kind kind;
  final String key;

  private Attr(String name, Kind kind, String key) {
    this.name = name;
    this.kind = kind;
    this.key = key;
  }

  static @Nullable Attr parse(String name) {
    switch (name) {
      case "purchases.count" -> {
        return new Attr(name, Kind.COUNT, "");
      }
      case "purchases.total" -> {
        return new Attr(name, Kind.TOTAL, "");
      }
      case "purchases.first" -> {
        return new Attr(name, Kind.FIRST, "");
      }
      case "purchases.last" -> {
        return new Attr(name, Kind.LAST, "");
      }
      case "recommendScore" -> {
        return new Attr(name, Kind.RECOMMEND, "");
      }
      default -> {
        int dot = name.indexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
          return null;
        }
        String key = name.substring(dot + 1);
        Kind k =
            switch (name.substring(0, dot)) {
              case "signals" -> Kind.SIGNAL;
              case "survey" -> Kind.SURVEY;
              case "scores" -> Kind.SCORE;
              case "flags" -> Kind.FLAG;
              case "categories" -> Kind.CATEGORY;
              default -> null;
            };
        return k == null ? null : new Attr(name, k, key);
      }
    }
  }

  AttributeType type() {
    return switch (kind) {
      case FLAG, CATEGORY -> AttributeType.BOOLEAN;
      case FIRST, LAST -> AttributeType.INSTANT;
      default -> AttributeType.NUMBER;
    };
  }

  /** Returns the number, NaN when missing. */
  double number(CustomerSnapshot s, Map<String, Double> scores) {
    switch (kind) {
      case COUNT -> {
        PurchaseSummary p = SNAP.purchases(s);
        return p == null ? 0 : (double) p.count();
      }
      case TOTAL -> {
        PurchaseSummary p = SNAP.purchases(s);
        return p == null ? 0 : p.total().toMajorDouble();
      }
      case RECOMMEND -> {
        int r = SNAP.recommendScore(s);
        return r < 0 ? Double.NaN : r;
      }
      case SIGNAL -> {
        Double v = s.signals().get(key);
        return v == null ? Double.NaN : v;
      }
      case SURVEY -> {
        Integer v = s.surveyAnswers().get(key);
        return v == null ? Double.NaN : v;
      }
      case SCORE -> {
        Double v = scores.get(key);
        return v == null ? Double.NaN : v;
      }
      default -> throw new IllegalStateException(name + " is not a number");
    }
  }

  boolean bool(CustomerSnapshot s) {
    return switch (kind) {
      case FLAG -> s.flags().contains(key);
      case CATEGORY -> s.categories().contains(key);
      default -> throw new IllegalStateException(name + " is not a boolean");
    };
  }

  @Nullable Instant instant(CustomerSnapshot s) {
    PurchaseSummary p = SNAP.purchases(s);
    if (p == null) {
      return null;
    }
    return switch (kind) {
      case FIRST -> p.first();
      case LAST -> p.last();
      default -> throw new IllegalStateException(name + " is not an instant");
    };
  }

  /** The value printed for explanations. */
  String show(CustomerSnapshot s, Map<String, Double> scores) {
    return switch (type()) {
      case NUMBER -> {
        double v = number(s, scores);
        yield Double.isNaN(v) ? "missing" : fmt(v);
      }
      case BOOLEAN -> String.valueOf(bool(s));
      case INSTANT -> {
        Instant i = instant(s);
        yield i == null ? "missing" : i.toString();
      }
    };
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
