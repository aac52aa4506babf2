package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Time-invariant covariates of customers, for the lifetime-value models with covariates ({@link
 * CovariateModel}): one row per customer id, one column per coded covariate. A numeric variable is
 * one column under its own name; a categorical variable is dummy coded, one 0/1 column per level
 * other than the reference level, named {@code variable=level} (the reference level is the first in
 * {@link String#compareTo} order unless given). Immutable and thread-safe.
 *
 * <pre>{@code
 * Covariates z = Covariates.builder(ids)
 *     .numeric("age", ages)
 *     .categorical("channel", channels)          // "channel=store", "channel=web" vs "app"
 *     .build();
 * ModelFit<CovariateModel> fit = BgNbd.fitWithCovariates(data, z, z, FitOptions.defaults());
 * }</pre>
 *
 * @since 0.2
 */
public final class Covariates {
  private final List<CustomerId> customers;
  private final Map<CustomerId, Integer> index;
  private final List<String> names;
  private final List<String> variables;
  private final Map<String, List<String>> columnsOf;

  /** Column-major values: columns[j][i] is customer i's value of column j. */
  private final double[][] columns;

  private Covariates(
      List<CustomerId> customers,
      Map<CustomerId, Integer> index,
      List<String> names,
      Map<String, List<String>> columnsOf,
      double[][] columns) {
    this.customers = customers;
    this.index = index;
    this.names = names;
    this.variables = List.copyOf(columnsOf.keySet());
    this.columnsOf = columnsOf;
    this.columns = columns;
  }

  /**
   * Starts covariates for the given customers, in their order.
   *
   * @param customers the customers, not null, without nulls or repeats
   * @return a builder
   * @throws IllegalArgumentException if a customer is repeated
   */
  public static Builder builder(List<CustomerId> customers) {
    checkNotNull(customers, "customers must not be null");
    List<CustomerId> copy = List.copyOf(customers);
    Map<CustomerId, Integer> index = new HashMap<>(copy.size() * 2);
    for (int i = 0; i < copy.size(); i++) {
      if (index.putIfAbsent(copy.get(i), i) != null) {
        throw new IllegalArgumentException(
            "customers must not repeat, but " + copy.get(i) + " appears twice (at " + i + ")");
      }
    }
    return new Builder(copy, index);
  }

  /**
   * Returns the customers, in row order.
   *
   * @return an unmodifiable list
   */
  public List<CustomerId> customers() {
    return customers;
  }

  /**
   * Returns the number of customers (rows).
   *
   * @return the count
   */
  public int size() {
    return customers.size();
  }

  /**
   * Returns the coded column names: numeric variables by name, dummies as {@code variable=level}.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the variables as added to the builder, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> variables() {
    return variables;
  }

  /**
   * Returns one customer's value of one coded column.
   *
   * @param customer the row, from 0
   * @param column the coded column, from 0
   * @return the value (0 or 1 for a dummy)
   * @throws IndexOutOfBoundsException if either is out of range
   */
  public double value(int customer, int column) {
    java.util.Objects.checkIndex(customer, customers.size());
    return columns[column][customer];
  }

  /**
   * Returns a customer's coded values by column name.
   *
   * @param customer the customer, not null
   * @return an unmodifiable ordered map
   * @throws IllegalArgumentException if the customer has no row
   */
  public Map<String, Double> row(CustomerId customer) {
    checkNotNull(customer, "customer must not be null");
    Integer i = index.get(customer);
    if (i == null) {
      throw new IllegalArgumentException("the covariates have no row for customer " + customer);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (int j = 0; j < names.size(); j++) {
      m.put(names.get(j), columns[j][i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the covariates restricted to some variables (a categorical variable brings all its
   * dummies), for example to let only some of them act on the dropout process.
   *
   * @param variables variable names as added to the builder, not empty
   * @return the selection, with the variables in the order given
   * @throws IllegalArgumentException if a name is not one of {@link #variables()} or is repeated
   */
  public Covariates select(List<String> variables) {
    checkNotNull(variables, "variables must not be null");
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (String v : variables) {
      List<String> cols = columnsOf.get(v);
      if (cols == null) {
        throw new IllegalArgumentException(
            "variables must be among " + this.variables + ", but held '" + v + "'");
      }
      if (kept.put(v, cols) != null) {
        throw new IllegalArgumentException("variables must not repeat, but '" + v + "' did");
      }
    }
    List<String> keptNames = new ArrayList<>();
    List<double[]> keptColumns = new ArrayList<>();
    for (List<String> cols : kept.values()) {
      for (String c : cols) {
        keptNames.add(c);
        keptColumns.add(columns[names.indexOf(c)]);
      }
    }
    return new Covariates(
        customers,
        index,
        List.copyOf(keptNames),
        Collections.unmodifiableMap(kept),
        keptColumns.toArray(new double[0][]));
  }

  /**
   * Each data customer's row, in the data's order.
   *
   * @throws IllegalArgumentException naming the first customer of the data without a row
   */
  int[] rowsFor(ClvData data) {
    int n = data.size();
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      Integer row = index.get(data.customer(i));
      if (row == null) {
        throw new IllegalArgumentException(
            "covariates must have a row for every customer of the data, but have none for "
                + data.customer(i)
                + " (customer "
                + i
                + " of the data)");
      }
      rows[i] = row;
    }
    return rows;
  }

  /** One coded column's values by row; never modified. */
  double[] column(int j) {
    return columns[j];
  }

  /** Whether two covariate sets share their customers' rows (one was selected from the other). */
  boolean sameRows(Covariates other) {
    return index == other.index;
  }

  /**
   * The coded values of the data's customers, in the data's order: {@code [customer][column]}.
   *
   * @throws IllegalArgumentException naming the first customer of the data without a row
   */
  double[][] alignedTo(ClvData data) {
    int n = data.size();
    int k = names.size();
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      Integer row = index.get(data.customer(i));
      if (row == null) {
        throw new IllegalArgumentException(
            "covariates must have a row for every customer of the data, but have none for "
                + data.customer(i)
                + " (customer "
                + i
                + " of the data)");
      }
      for (int j = 0; j < k; j++) {
        out[i][j] = columns[j][row];
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Covariates{" + customers.size() + " customers, " + names + "}";
  }

  /** Adds variables column by column; not thread-safe, build once. */
  public static final class Builder {
    private final List<CustomerId> customers;
    private final Map<CustomerId, Integer> index;
    private final List<String> names = new ArrayList<>();
    private final Map<String, List<String>> columnsOf = new LinkedHashMap<>();
    private final List<double[]> columns = new ArrayList<>();

    private Builder(List<CustomerId> customers, Map<CustomerId, Integer> index) {
      this.customers = customers;
      this.index = index;
    }

    /**
     * Adds a numeric variable.
     *
     * @param name the name, not blank, without {@code =}, not used before
     * @param values one finite value per customer, in the customers' order
     * @return this builder
     * @throws IllegalArgumentException if the length differs, a value is not finite or the name is
     *     taken
     */
    public Builder numeric(String name, double[] values) {
      checkName(name);
      checkNotNull(values, "values must not be null");
      checkLength(name, values.length);
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new IllegalArgumentException(
              "covariate '"
                  + name
                  + "' must be finite for every customer, but was "
                  + values[i]
                  + " for "
                  + customers.get(i));
        }
      }
      names.add(name);
      columns.add(values.clone());
      columnsOf.put(name, List.of(name));
      return this;
    }

    /**
     * Adds a categorical variable, dummy coded against its first level in {@link String#compareTo}
     * order.
     *
     * @param name the name, not blank, without {@code =}, not used before
     * @param values one level per customer, in the customers' order, not null
     * @return this builder
     * @throws IllegalArgumentException if the length differs, there are fewer than two levels, or
     *     the name is taken
     */
    public Builder categorical(String name, List<String> values) {
      checkNotNull(values, "values must not be null");
      return categorical(name, values, null);
    }

    /**
     * Adds a categorical variable, dummy coded against a given reference level.
     *
     * @param name the name, not blank, without {@code =}, not used before
     * @param values one level per customer, in the customers' order, not null
     * @param reference the level without a column, one of the values
     * @return this builder
     * @throws IllegalArgumentException if the length differs, there are fewer than two levels, the
     *     reference is not a level, or the name is taken
     */
    public Builder categorical(String name, List<String> values, @Nullable String reference) {
      checkName(name);
      checkNotNull(values, "values must not be null");
      checkLength(name, values.size());
      TreeMap<String, Integer> levels = new TreeMap<>();
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        if (v == null) {
          throw new NullPointerException(
              "covariate '" + name + "' has no level for " + customers.get(i));
        }
        levels.merge(v, 1, Integer::sum);
      }
      if (levels.size() < 2) {
        throw new IllegalArgumentException(
            "categorical covariate '"
                + name
                + "' must have at least two levels to estimate an effect, but had "
                + levels.keySet());
      }
      String ref = reference == null ? levels.firstKey() : reference;
      if (!levels.containsKey(ref)) {
        throw new IllegalArgumentException(
            "reference must be one of the levels " + levels.keySet() + ", but was '" + ref + "'");
      }
      List<String> cols = new ArrayList<>();
      for (String level : levels.keySet()) {
        if (level.equals(ref)) {
          continue;
        }
        double[] d = new double[values.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = values.get(i).equals(level) ? 1 : 0;
        }
        String col = name + "=" + level;
        names.add(col);
        columns.add(d);
        cols.add(col);
      }
      columnsOf.put(name, List.copyOf(cols));
      return this;
    }

    /**
     * Builds the covariates.
     *
     * @return the covariates
     * @throws IllegalStateException if no variable was added
     */
    public Covariates build() {
      if (names.isEmpty()) {
        throw new IllegalStateException("add at least one variable before build()");
      }
      return new Covariates(
          customers,
          index,
          List.copyOf(names),
          Collections.unmodifiableMap(new LinkedHashMap<>(columnsOf)),
          columns.toArray(new double[0][]));
    }

    private void checkName(String name) {
      checkNotNull(name, "name must not be null");
      if (name.isBlank() || name.indexOf('=') >= 0) {
        throw new IllegalArgumentException(
            "name must not be blank or contain '=', but was '" + name + "'");
      }
      if (columnsOf.containsKey(name)) {
        throw new IllegalArgumentException("name must be new, but '" + name + "' was added before");
      }
    }

    private void checkLength(String name, int length) {
      if (length != customers.size()) {
        throw new IllegalArgumentException(
            "covariate '"
                + name
                + "' must have one value per customer ("
                + customers.size()
                + "), but had "
                + length);
      }
    }
  }
}
