package io.github.crmkit.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The scoring service: crmkit's scoring functions over HTTP and JSON. */
@SpringBootApplication
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
