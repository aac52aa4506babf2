package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fitted lifetime-value models ({@link ClvModel}) as JSON, the one file format in which crmkit
 * saves a model after fitting and loads it to predict. Strict like every crmkit codec: unknown
 * members, wrong types and impossible values are {@link DefinitionFormatException}s naming the JSON
 * path, and {@code read(write(x))} equals {@code x}. Stateless and thread-safe.
 *
 * <pre>{@code
 * {"model": "bgnbd", "timeUnit": "week",
 *  "parameters": {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426},
 *  "covariates": {"purchase": {"age": {"effect": 0.12}}, "dropout": {},
 *                 "reference": {"age": 41.5}},
 *  "spend": {"model": "gamma-gamma", "parameters": {"p": 6.25, "q": 3.74, "gamma": 15.44}}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code model}: {@code bgnbd} (Fader, Hardie and Lee 2005), {@code mbgnbd} (Batislam,
 *       Denizel and Filiztekin 2007) or {@code paretonbd} (Schmittlein, Morrison and Colombo 1987),
 *       the names {@link TransactionModel#name()} gives; {@code timeUnit}: {@code day}, {@code
 *       week}, {@code month} or {@code year}, the unit of the parameters.
 *   <li>{@code parameters}: r, alpha, a, b (BG/NBD, MBG/NBD) or r, alpha, s, beta (Pareto/NBD); for
 *       a model with covariates, those of the reference customer.
 *   <li>{@code covariates} (optional): each covariate's {@code effect} on the purchase and the
 *       dropout process, and the reference customer's values ({@link CovariateModel}).
 *   <li>{@code spend} (optional): the Gamma-Gamma model's p, q and gamma (Fader, Hardie and Lee
 *       2005, "RFM and CLV: using iso-value curves").
 * </ul>
 *
 * @since 0.2
 */
public final class ClvModelJson {
  /** The longest JSON text read, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private static final Set<String> ROOT =
      Set.of("model", "timeUnit", "parameters", "covariates", "spend");
  private static final List<String> MODELS = List.of("bgnbd", "mbgnbd", "paretonbd");

  private ClvModelJson() {}

  /**
   * Reads a model.
   *
   * @param json the JSON text, not null, at most {@link #MAX_CHARS}
   * @return the model
   * @throws DefinitionFormatException if the JSON is malformed or does not describe a model, naming
   *     the JSON path
   */
  public static ClvModel read(String json) {
    checkNotNull(json, "json must not be null");
    Map<String, Object> root = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(root, "$", ROOT);
    String name = JsonRead.string(root, "model", "$");
    if (!MODELS.contains(name)) {
      throw new DefinitionFormatException(
          "$.model", "expected one of " + MODELS + ", but was '" + name + "'");
    }
    String unitText = JsonRead.string(root, "timeUnit", "$");
    TimeScale unit = unit(unitText);
    Map<String, Object> p = JsonRead.object(JsonRead.need(root, "parameters", "$"), "$.parameters");
    boolean pareto = name.equals("paretonbd");
    List<String> names =
        pareto ? List.of("r", "alpha", "s", "beta") : List.of("r", "alpha", "a", "b");
    JsonRead.members(p, "$.parameters", JsonRead.names(names.toArray(new String[0])));
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      v[i] = JsonRead.number(p, names.get(i), "$.parameters");
    }
    TransactionModel model =
        JsonRead.wrap(
            "$.parameters",
            () ->
                switch (name) {
                  case "bgnbd" -> new BgNbd(v[0], v[1], v[2], v[3], unit);
                  case "mbgnbd" -> new MbgNbd(v[0], v[1], v[2], v[3], unit);
                  default -> new ParetoNbd(v[0], v[1], v[2], v[3], unit);
                });
    ClvModel out =
        root.containsKey("covariates")
            ? ClvModel.of(covariates(model, root.get("covariates")))
            : ClvModel.of(model);
    if (root.containsKey("spend")) {
      out = out.withSpend(spend(root.get("spend")));
    }
    return out;
  }

  private static TimeScale unit(String text) {
    for (TimeScale t : TimeScale.values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(text)) {
        return t;
      }
    }
    throw new DefinitionFormatException(
        "$.timeUnit", "expected one of [day, week, month, year], but was '" + text + "'");
  }

  private static CovariateModel covariates(TransactionModel baseline, Object node) {
    Map<String, Object> c = JsonRead.object(node, "$.covariates");
    JsonRead.members(c, "$.covariates", JsonRead.names("purchase", "dropout", "reference"));
    Map<String, Double> purchase = effects(c, "purchase");
    Map<String, Double> dropout = effects(c, "dropout");
    Map<String, Object> ref =
        JsonRead.object(JsonRead.need(c, "reference", "$.covariates"), "$.covariates.reference");
    Map<String, Double> reference = new LinkedHashMap<>();
    for (String k : ref.keySet()) {
      reference.put(k, JsonRead.number(ref, k, "$.covariates.reference"));
    }
    return JsonRead.wrap(
        "$.covariates", () -> new CovariateModel(baseline, purchase, dropout, reference));
  }

  private static Map<String, Double> effects(Map<String, Object> c, String process) {
    String path = "$.covariates." + process;
    Map<String, Object> p = JsonRead.object(JsonRead.need(c, process, "$.covariates"), path);
    Map<String, Double> out = new LinkedHashMap<>();
    for (String k : p.keySet()) {
      String ep = path + "." + k;
      Map<String, Object> e = JsonRead.object(p.get(k), ep);
      JsonRead.members(e, ep, Set.of("effect"));
      out.put(k, JsonRead.number(e, "effect", ep));
    }
    return out;
  }

  private static GammaGamma spend(Object node) {
    Map<String, Object> s = JsonRead.object(node, "$.spend");
    JsonRead.members(s, "$.spend", JsonRead.names("model", "parameters"));
    String name = JsonRead.string(s, "model", "$.spend");
    if (!name.equals("gamma-gamma")) {
      throw new DefinitionFormatException(
          "$.spend.model", "expected one of [gamma-gamma], but was '" + name + "'");
    }
    Map<String, Object> p =
        JsonRead.object(JsonRead.need(s, "parameters", "$.spend"), "$.spend.parameters");
    JsonRead.members(p, "$.spend.parameters", JsonRead.names("p", "q", "gamma"));
    double a = JsonRead.number(p, "p", "$.spend.parameters");
    double b = JsonRead.number(p, "q", "$.spend.parameters");
    double c = JsonRead.number(p, "gamma", "$.spend.parameters");
    return JsonRead.wrap("$.spend.parameters", () -> new GammaGamma(a, b, c));
  }

  /**
   * Writes a model in the format {@link #read} reads.
   *
   * @param model the model, not null
   * @return the JSON text, indented
   */
  public static String write(ClvModel model) {
    checkNotNull(model, "model must not be null");
    return Json.write(tree(model));
  }

  /**
   * The model as the plain tree {@link #write} writes (maps in member order, numbers as doubles),
   * for a host that embeds it in a document of its own.
   */
  static Map<String, Object> tree(ClvModel model) {
    TransactionModel t = model.transactions();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("model", t.name());
    o.put("timeUnit", t.unit().name().toLowerCase(Locale.ROOT));
    o.put("parameters", new LinkedHashMap<>(t.parameters()));
    model
        .covariates()
        .ifPresent(
            c -> {
              Map<String, Object> cov = new LinkedHashMap<>();
              cov.put("purchase", effects(c.purchaseEffects()));
              cov.put("dropout", effects(c.dropoutEffects()));
              cov.put("reference", new LinkedHashMap<>(c.reference()));
              o.put("covariates", cov);
            });
    model
        .spend()
        .ifPresent(
            g -> {
              Map<String, Object> s = new LinkedHashMap<>();
              s.put("model", "gamma-gamma");
              s.put("parameters", new LinkedHashMap<>(g.parameters()));
              o.put("spend", s);
            });
    return o;
  }

  private static Map<String, Object> effects(Map<String, Double> effects) {
    Map<String, Object> out = new LinkedHashMap<>();
    effects.forEach((k, v) -> out.put(k, new LinkedHashMap<>(Map.of("effect", v))));
    return out;
  }
}
