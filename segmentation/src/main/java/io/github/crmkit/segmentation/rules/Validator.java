package io.github.crmkit.segmentation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks conditions: attributes and types (errors), reachability and overlap (warnings). */
final class Validator {
  private Validator() {}

  /** Adds an error for every unknown attribute or type mismatch in the condition. */
  static void checkAttributes(Condition c, String where, List<String> errors) {
    if (c instanceof Condition.Compare x) {
      expect(x.attribute(), AttributeType.NUMBER, where, errors);
    } else if (c instanceof Condition.IsTrue x) {
      expect(x.attribute(), AttributeType.BOOLEAN, where, errors);
    } else if (c instanceof Condition.Present x) {
      expect(x.attribute(), null, where, errors);
    } else if (c instanceof Condition.Within x) {
      expect(x.attribute(), AttributeType.INSTANT, where, errors);
    } else if (c instanceof Condition.All x) {
      for (Condition k : x.conditions()) {
        checkAttributes(k, where, errors);
      }
    } else if (c instanceof Condition.Any x) {
      for (Condition k : x.conditions()) {
        checkAttributes(k, where, errors);
      }
    } else if (c instanceof Condition.Not x) {
      checkAttributes(x.condition(), where, errors);
    }
  }

  /** Adds an error for every blank or repeated rule name. */
  static void checkNames(List<String> names, List<String> errors) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (n.isBlank()) {
        errors.add("a rule has a blank name");
      } else if (!seen.add(n)) {
        errors.add("rule name '" + n + "' is used twice");
      }
    }
  }

  /** Adds an error if the attribute is unknown or, when a type is given, of another type. */
  static void expect(String name, @Nullable AttributeType type, String where, List<String> errors) {
    Attr a = Attr.parse(name);
    if (a == null) {
      errors.add(where + ": unknown attribute '" + name + "'");
    } else if (type != null && a.type() != type) {
      errors.add(
          where + ": attribute '" + name + "' is a " + a.type() + " but is used as a " + type);
    }
  }

  /** Checks names and, for ordered rules, reachability and overlap. */
  static void checkOrder(
      List<String> names, List<Condition> conditions, List<String> errors, List<String> warns) {
    checkNames(names, errors);
    List<@Nullable Box> boxes = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      String name = names.get(i);
      Box b = Box.of(c);
      if (b != null && b.empty) {
        warns.add("rule '" + name + "' can never match: its conditions contradict each other");
      }
      for (int j = 0; j < i; j++) {
        Box e = boxes.get(j);
        String earlier = names.get(j);
        if (conditions.get(j).equals(c)) {
          warns.add(
              "rule '" + name + "' is unreachable: rule '" + earlier + "' has the same condition");
          break;
        }
        if (e != null && !e.empty && e.bounds.isEmpty()) {
          warns.add(
              "rule '" + name + "' is unreachable: earlier rule '" + earlier + "' always matches");
          break;
        }
        if (e != null && b != null && !b.empty && !e.empty) {
          if (e.contains(b)) {
            warns.add(
                "rule '"
                    + name
                    + "' is unreachable: every customer it matches is taken by earlier rule '"
                    + earlier
                    + "'");
            break;
          }
          if (e.intersects(b)) {
            warns.add(
                "rule '"
                    + name
                    + "' overlaps earlier rule '"
                    + earlier
                    + "': customers in both go to '"
                    + earlier
                    + "'");
          }
        }
      }
      boxes.add(b);
    }
  }

  /**
   * A conjunction of numeric intervals, one per attribute; built only for conditions made of
   * comparisons (other than !=) joined by AND.
   */
  static final class Box {
    final Map<String, double[]> bounds = new HashMap<>();
    // bounds: lo, hi, loOpen (1/0), hiOpen (1/0)
    boolean empty;

    static @Nullable Box of(Condition c) {
      Box b = new Box();
      return b.add(c) ? b : null;
    }

    private boolean add(Condition c) {
      if (c instanceof Condition.All x) {
        for (Condition k : x.conditions()) {
          if (!add(k)) {
            return false;
          }
        }
        return true;
      }
      if (!(c instanceof Condition.Compare x) || x.op() == Op.NE) {
        return false;
      }
      double[] iv =
          bounds.computeIfAbsent(
              x.attribute(),
              k -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1});
      double v = x.value();
      switch (x.op()) {
        case LT -> upper(iv, v, true);
        case LE -> upper(iv, v, false);
        case GT -> lower(iv, v, true);
        case GE -> lower(iv, v, false);
        case EQ -> {
          lower(iv, v, false);
          upper(iv, v, false);
        }
        default -> {
          return false;
        }
      }
      if (iv[0] > iv[1] || (iv[0] == iv[1] && (iv[2] == 1 || iv[3] == 1))) {
        empty = true;
      }
      return true;
    }

    private static void upper(double[] iv, double v, boolean open) {
      if (v < iv[1] || (v == iv[1] && open)) {
        iv[1] = v;
        iv[3] = open ? 1 : 0;
      }
    }

    private static void lower(double[] iv, double v, boolean open) {
      if (v > iv[0] || (v == iv[0] && open)) {
        iv[0] = v;
        iv[2] = open ? 1 : 0;
      }
    }

    /** True if every point of {@code o} is in this box. */
    boolean contains(Box o) {
      for (Map.Entry<String, double[]> e : bounds.entrySet()) {
        double[] mine = e.getValue();
        double[] theirs = o.bounds.get(e.getKey());
        if (theirs == null) {
          return false;
        }
        boolean loOk =
            theirs[0] > mine[0] || (theirs[0] == mine[0] && (mine[2] == 0 || theirs[2] == 1));
        boolean hiOk =
            theirs[1] < mine[1] || (theirs[1] == mine[1] && (mine[3] == 0 || theirs[3] == 1));
        if (!loOk || !hiOk) {
          return false;
        }
      }
      return true;
    }

    /** True if some point may be in both boxes. */
    boolean intersects(Box o) {
      for (Map.Entry<String, double[]> e : bounds.entrySet()) {
        double[] a = e.getValue();
        double[] b = o.bounds.get(e.getKey());
        if (b == null) {
          continue;
        }
        double lo = Math.max(a[0], b[0]);
        double hi = Math.min(a[1], b[1]);
        if (lo > hi) {
          return false;
        }
        if (lo == hi) {
          boolean loOpen = (a[0] == lo && a[2] == 1) || (b[0] == lo && b[2] == 1);
          boolean hiOpen = (a[1] == hi && a[3] == 1) || (b[1] == hi && b[3] == 1);
          if (loOpen || hiOpen) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
