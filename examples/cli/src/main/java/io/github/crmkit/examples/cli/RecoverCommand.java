package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.recovery.policy.CustomerContext;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.PolicyJson;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crmkit recover}: the recovery plan of each incident under a policy. Incidents are a JSON
 * array of {@code {"id", "category", "severity" (1-5), "failureType" (outcome|process),
 * "dishonesty", "detectedByFirm", "daysSincePreviousFailure" (optional), "valueTier", "orderValue"
 * ("USD 120.00"), "customer": {"loyalty", "stone", "lifetimeValue"} (optional)}}.
 */
@Command(
    name = "recover",
    mixinStandardHelpOptions = true,
    description = "Recovery plans for incidents under a recovery policy.")
final class RecoverCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--policy", required = true, description = "Recovery policy JSON (PolicyJson).")
  Path policy;

  @Option(names = "--incidents", required = true, description = "JSON array of incidents.")
  Path incidents;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RecoveryPolicy p;
    try {
      p = PolicyJson.read(Files.readString(policy, StandardCharsets.UTF_8));
    } catch (DefinitionFormatException e) {
      throw new DataException(policy.toString(), 0, e.getMessage());
    } catch (IOException e) {
      throw new DataException(policy.toString(), 0, "cannot read the file");
    }
    JsonNode list = StrictJson.read(incidents);
    if (!list.isArray()) {
      throw new DataException(incidents.toString(), 0, "$: expected an array of incidents");
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    PrintWriter w = spec.commandLine().getOut();
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String path = "$[" + i + "]";
      String file = incidents.toString();
      StrictJson.members(
          n,
          path,
          file,
          java.util.Set.of(
              "id",
              "category",
              "severity",
              "failureType",
              "dishonesty",
              "detectedByFirm",
              "daysSincePreviousFailure",
              "valueTier",
              "orderValue",
              "customer"));
      String id = n.has("id") ? StrictJson.text(n, "id", path, file) : Integer.toString(i + 1);
      RecoveryPlan plan;
      try {
        JsonNode days = n.get("daysSincePreviousFailure");
        RecoveryContext.Builder cb =
            RecoveryContext.builder()
                .category(StrictJson.text(n, "category", path, file))
                .severity(StrictJson.integer(n, "severity", path, file, 1, 5))
                .failureType(
                    FailureType.valueOf(
                        StrictJson.code(n, "failureType", path, file, List.of("outcome", "process"))
                            .toUpperCase(Locale.ROOT)))
                .dishonesty(StrictJson.bool(n, "dishonesty", path, file, false))
                .detectedByFirm(StrictJson.bool(n, "detectedByFirm", path, file, false))
                .valueTier(n.has("valueTier") ? StrictJson.text(n, "valueTier", path, file) : "")
                .orderValue(
                    money(StrictJson.text(n, "orderValue", path, file), path + ".orderValue"));
        if (days != null && !days.isNull()) {
          cb.daysSincePreviousFailure(
              StrictJson.integer(n, "daysSincePreviousFailure", path, file, 0, Integer.MAX_VALUE));
        }
        RecoveryContext c = cb.build();
        CustomerContext customer = CustomerContext.unknown();
        JsonNode cu = n.get("customer");
        if (cu != null && !cu.isNull()) {
          String cp = path + ".customer";
          StrictJson.members(cu, cp, file, java.util.Set.of("loyalty", "stone", "lifetimeValue"));
          customer =
              CustomerContext.of(
                  cu.hasNonNull("loyalty")
                      ? LoyaltyQuadrant.fromCode(
                          StrictJson.code(cu, "loyalty", cp, file, codes(LoyaltyQuadrant.values())))
                      : null,
                  cu.hasNonNull("stone")
                      ? StoneType.fromCode(
                          StrictJson.code(cu, "stone", cp, file, codes(StoneType.values())))
                      : null,
                  cu.hasNonNull("lifetimeValue")
                      ? money(StrictJson.text(cu, "lifetimeValue", cp, file), cp + ".lifetimeValue")
                      : null);
        }
        plan = p.decide(c, customer);
      } catch (IllegalArgumentException | io.github.crmkit.core.CrmException e) {
        throw new DataException(incidents.toString(), 0, path + ": " + e.getMessage());
      }
      if (common.format == Common.Format.json) {
        ObjectNode o = out.addObject();
        o.put("id", id);
        o.put("policyVersion", plan.policyVersion());
        o.put("severity", plan.severity());
        o.put("respondWithin", plan.respondWithin().toString());
        o.put("apology", plan.apology());
        o.put("explainFailure", plan.explainFailure());
        o.put("explanation", plan.explanation().toString());
        o.put("compensationKind", plan.compensationKind().name().toLowerCase(Locale.ROOT));
        o.put("compensation", plan.compensation().toString());
        o.put("firmInitiatedContact", plan.firmInitiatedContact());
        o.put("escalate", plan.escalate());
        plan.options().forEach(o.putArray("options")::add);
        o.put("acceptanceRequired", plan.acceptanceRequired());
        o.put("closeTheLoop", plan.closeTheLoop());
        ArrayNode approach = o.putArray("customerApproach");
        plan.customerApproach().forEach(a -> approach.add(a.code()));
        ArrayNode fired = o.putArray("firedRules");
        for (RecoveryPlan.FiredRule r : plan.firedRules()) {
          fired.addObject().put("id", r.id()).put("rule", r.rule()).put("source", r.source());
        }
      } else {
        w.printf(
            Locale.ROOT,
            "%s: severity %d, respond within %s, %s %s%s%s%n",
            id,
            plan.severity(),
            plan.respondWithin(),
            plan.compensationKind().code(),
            plan.compensation(),
            plan.escalate() ? ", escalate" : "",
            plan.firmInitiatedContact() ? ", contact the customer first" : "");
        for (RecoveryPlan.FiredRule r : plan.firedRules()) {
          w.println("    " + r.rule() + "  [" + r.source() + "]");
        }
      }
    }
    if (common.format == Common.Format.json) {
      w.println(out.toPrettyString());
    }
    return 0;
  }

  private Money money(String text, String path) {
    try {
      return Money.parse(text);
    } catch (IllegalArgumentException e) {
      throw new DataException(incidents.toString(), 0, path + ": " + e.getMessage());
    }
  }

  private static List<String> codes(io.github.crmkit.core.CodedType[] values) {
    List<String> out = new java.util.ArrayList<>();
    for (io.github.crmkit.core.CodedType v : values) {
      out.add(v.code());
    }
    return out;
  }
}
