package io.github.crmkit.examples.service;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The scoring service: crmkit's scoring functions over HTTP and JSON. */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(
    info =
        @Info(
            title = "crmkit scoring service",
            version = "1",
            description =
                "crmkit's scoring functions over HTTP and JSON: RFM, customer profiles and loyalty,"
                    + " NPS, lifetime value from named fitted models, incident coding, recovery"
                    + " plans with SLA due times, and loyalty-programme replays. Client errors are"
                    + " RFC 9457 problem details.",
            license = @License(name = "Apache-2.0")))
public class ScoringService {
  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as --server.port=8080
   */
  public static void main(String[] args) {
    SpringApplication.run(ScoringService.class, args);
  }
}
