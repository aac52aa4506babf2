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
import java.util.Locale;
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
final class RecoverCommand implements Runnable {
  @Mixin Common common;

  @Option(names = "--policy", required = true, description = "Recovery policy JSON (PolicyJson).")
  Path policy;

  @Option(names = "--incidents", required = true, description = "JSON array of incidents.")
  Path incidents;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    RecoveryPolicy p;
    try {
      p = PolicyJson.read(Files.readString(policy, StandardCharsets.UTF_8));
    } catch (DefinitionFormatException e) {
      throw new DataException(policy.toString(), 0, e.getMessage());
    } catch (IOException e) {
      throw new DataException(policy.toString(), 0, "cannot read the file");
    }
    JsonNode list = ClvCommand.readJson(incidents);
    if (!list.isArray()) {
      throw new DataException(incidents.toString(), 0, "$: expected an array of incidents");
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    PrintWriter w = spec.commandLine().getOut();
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String path = "$[" + i + "]";
      String id = n.path("id").asText(Integer.toString(i + 1));
      RecoveryPlan plan;
      try {
        RecoveryContext c =
            new RecoveryContext(
                text(n, "category", path),
                n.path("severity").asInt(0),
                FailureType.valueOf(text(n, "failureType", path).toUpperCase(Locale.ROOT)),
                n.path("dishonesty").asBoolean(false),
                n.path("detectedByFirm").asBoolean(false),
                n.hasNonNull("daysSincePreviousFailure")
                    ? n.get("daysSincePreviousFailure").asInt()
                    : null,
                n.path("valueTier").asText(""),
                Money.parse(text(n, "orderValue", path)));
        JsonNode cu = n.path("customer");
        CustomerContext customer =
            new CustomerContext(
                cu.hasNonNull("loyalty")
                    ? LoyaltyQuadrant.fromCode(cu.get("loyalty").asText())
                    : null,
                cu.hasNonNull("stone") ? StoneType.fromCode(cu.get("stone").asText()) : null,
                cu.hasNonNull("lifetimeValue")
                    ? Money.parse(cu.get("lifetimeValue").asText())
                    : null);
        plan = p.decide(c, customer);
      } catch (IllegalArgumentException e) {
        throw new DataException(incidents.toString(), 0, path + ": " + e.getMessage());
      }
      if (common.format == Common.Format.json) {
        ObjectNode o = out.addObject();
        o.put("id", id);
        o.put("policyVersion", plan.policyVersion());
        o.put("severity", plan.severity());
        o.put("respondWithin", plan.respondWithin().toString());
        o.put("apology", plan.apology());
        o.put("explanation", plan.explanation());
        o.put("compensationKind", plan.compensationKind().name().toLowerCase(Locale.ROOT));
        o.put("compensation", plan.compensation().toString());
        o.put("firmInitiatedContact", plan.firmInitiatedContact());
        o.put("escalate", plan.escalate());
        plan.options().forEach(o.putArray("options")::add);
        o.put("acceptanceRequired", plan.acceptanceRequired());
        o.put("closeTheLoop", plan.closeTheLoop());
        plan.customerApproach().forEach(o.putArray("customerApproach")::add);
        ArrayNode fired = o.putArray("firedRules");
        for (RecoveryPlan.FiredRule r : plan.firedRules()) {
          fired.addObject().put("rule", r.rule()).put("source", r.source());
        }
      } else {
        w.printf(
            Locale.ROOT,
            "%s: severity %d, respond within %s, %s %s%s%s%n",
            id,
            plan.severity(),
            plan.respondWithin(),
            plan.compensationKind().name().toLowerCase(Locale.ROOT),
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
  }

  private String text(JsonNode n, String key, String path) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual()) {
      throw new DataException(incidents.toString(), 0, path + "." + key + ": expected a string");
    }
    return v.asText();
  }
}
