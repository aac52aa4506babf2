package io.github.crmkit.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The service's configuration ({@code crmkit.*}): the definitions it loads at start-up, each from a
 * file (a classpath resource by default, {@code file:...} for a mounted one), named and versioned
 * by its own content. A definition that does not load stops the start-up with its file and problem.
 *
 * @param adminToken the token that authorises creating boundary sets at run time; empty disables it
 *     (give it through the environment: {@code CRMKIT_ADMIN_TOKEN})
 * @param policy the recovery policy, as crmkit's policy JSON
 * @param calendar the business hours SLA due times are counted on
 * @param boundaries RFM boundary sets, one JSON file each
 * @param models fitted lifetime-value models, one JSON file each
 * @param maxBatch the most answers or events one request may post
 */
@Validated
@ConfigurationProperties("crmkit")
public record CrmkitProperties(
    @DefaultValue("") String adminToken,
    @NotNull @DefaultValue("classpath:crmkit/recovery-policy.json") Resource policy,
    @NotNull @Valid @DefaultValue Calendar calendar,
    @NotNull @DefaultValue("classpath:crmkit/boundaries/retail.json") List<Resource> boundaries,
    @NotNull @DefaultValue("classpath:crmkit/models/cdnow.json") List<Resource> models,
    @Positive @DefaultValue("100000") int maxBatch) {

  /**
   * Business hours: the same window every weekday, holidays from an iCalendar file.
   *
   * @param zone the zone of the hours
   * @param opens when a weekday's window opens
   * @param closes when it closes
   * @param holidays an iCalendar file of holidays, or null for none
   */
  public record Calendar(
      @NotNull @DefaultValue("Europe/London") ZoneId zone,
      @NotNull @DefaultValue("09:00") LocalTime opens,
      @NotNull @DefaultValue("17:00") LocalTime closes,
      Resource holidays) {}
}
