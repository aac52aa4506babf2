package io.github.crmkit.segmentation.rules;

import io.github.crmkit.core.CustomerSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A condition compiled against parsed attributes; evaluation allocates nothing. */
abstract class Compiled {
  abstract boolean test(CustomerSnapshot s, Map<String, Double> scores);

  /** Appends why the condition is true or false, in words. */
  abstract void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out);

  /**
   * Compiles a condition whose attributes were validated.
   *
   * @throws IllegalArgumentException if an attribute is unknown or of the wrong type
   */
  static Compiled of(Condition c) {
    if (c instanceof Condition.Compare x) {
      Attr a = attr(x.attribute(), AttributeType.NUMBER);
      return new Cmp(a, x.op(), x.value());
    }
    if (c instanceof Condition.IsTrue x) {
      return new Bool(attr(x.attribute(), AttributeType.BOOLEAN));
    }
    if (c instanceof Condition.Present x) {
      return new Has(attr(x.attribute(), null));
    }
    if (c instanceof Condition.Within x) {
      return new Win(attr(x.attribute(), AttributeType.INSTANT), x.window());
    }
    if (c instanceof Condition.All x) {
      return new And(compileAll(x.conditions()));
    }
    if (c instanceof Condition.Any x) {
      return new Or(compileAll(x.conditions()));
    }
    if (c instanceof Condition.Not x) {
      return new Neg(of(x.condition()));
    }
    throw new AssertionError(c);
  }

  private static Compiled[] compileAll(List<Condition> cs) {
    List<Compiled> out = new ArrayList<>(cs.size());
    for (Condition c : cs) {
      out.add(of(c));
    }
    return out.toArray(new Compiled[0]);
  }

  private static Attr attr(String name, @Nullable AttributeType expected) {
    Attr a = Attr.parse(name);
    if (a == null) {
      throw new IllegalArgumentException("unknown attribute '" + name + "'");
    }
    if (expected != null && a.type() != expected) {
      throw new IllegalArgumentException(
          "attribute '" + name + "' is a " + a.type() + ", not a " + expected);
    }
    return a;
  }

  static final class Cmp extends Compiled {
    final Attr a;
    final Op op;
    final double v;

    Cmp(Attr a, Op op, double v) {
      this.a = a;
      this.op = op;
      this.v = v;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      return op.test(a.number(s, scores), v);
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      out.append(a.name)
          .append(' ')
          .append(op.symbol())
          .append(' ')
          .append(Attr.fmt(v))
          .append(" (")
          .append(a.show(s, scores))
          .append(test(s, scores) ? ": yes)" : ": no)");
    }
  }

  static final class Bool extends Compiled {
    final Attr a;

    Bool(Attr a) {
      this.a = a;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      return a.bool(s);
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      out.append(a.name).append(test(s, scores) ? " (yes)" : " (no)");
    }
  }

  static final class Has extends Compiled {
    final Attr a;

    Has(Attr a) {
      this.a = a;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      return switch (a.type()) {
        case NUMBER -> !Double.isNaN(a.number(s, scores));
        case BOOLEAN -> true;
        case INSTANT -> a.instant(s) != null;
      };
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      out.append(a.name).append(" present").append(test(s, scores) ? " (yes)" : " (no)");
    }
  }

  static final class Win extends Compiled {
    final Attr a;
    final Duration window;

    Win(Attr a, Duration window) {
      this.a = a;
      this.window = window;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      Instant t = a.instant(s);
      return t != null && !t.isAfter(s.asOf()) && !t.isBefore(s.asOf().minus(window));
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      out.append(a.name)
          .append(" within ")
          .append(window)
          .append(" before asOf (")
          .append(a.show(s, scores))
          .append(test(s, scores) ? ": yes)" : ": no)");
    }
  }

  static final class And extends Compiled {
    final Compiled[] cs;

    And(Compiled[] cs) {
      this.cs = cs;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      for (Compiled c : cs) {
        if (!c.test(s, scores)) {
          return false;
        }
      }
      return true;
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      group("all", cs, s, scores, out);
    }
  }

  static final class Or extends Compiled {
    final Compiled[] cs;

    Or(Compiled[] cs) {
      this.cs = cs;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      for (Compiled c : cs) {
        if (c.test(s, scores)) {
          return true;
        }
      }
      return false;
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      group("any", cs, s, scores, out);
    }
  }

  static final class Neg extends Compiled {
    final Compiled c;

    Neg(Compiled c) {
      this.c = c;
    }

    @Override
    boolean test(CustomerSnapshot s, Map<String, Double> scores) {
      return !c.test(s, scores);
    }

    @Override
    void explain(CustomerSnapshot s, Map<String, Double> scores, StringBuilder out) {
      out.append("not(");
      c.explain(s, scores, out);
      out.append(test(s, scores) ? "): yes" : "): no");
    }
  }

  private static void group(
      String word,
      Compiled[] cs,
      CustomerSnapshot s,
      Map<String, Double> scores,
      StringBuilder out) {
    if (cs.length == 0) {
      out.append(word.equals("all") ? "always" : "never");
      return;
    }
    out.append(word).append('(');
    for (int i = 0; i < cs.length; i++) {
      if (i > 0) {
        out.append("; ");
      }
      cs[i].explain(s, scores, out);
    }
    out.append(')');
  }
}
