package io.github.crmkit.examples.service;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health: up, with the names and versions of the loaded definitions. */
@Component
public class DefinitionsHealth implements HealthIndicator {
  private final Definitions.BoundarySets sets;
  private final Definitions.Models models;
  private final io.github.crmkit.recovery.policy.RecoveryPolicy policy;

  DefinitionsHealth(
      Definitions.BoundarySets sets,
      Definitions.Models models,
      io.github.crmkit.recovery.policy.RecoveryPolicy policy) {
    this.sets = sets;
    this.models = models;
    this.policy = policy;
  }

  @Override
  public Health health() {
    return Health.up()
        .withDetail("boundarySets", sets.versions())
        .withDetail("models", models.versions())
        .withDetail("recoveryPolicy", policy.version())
        .build();
  }
}
