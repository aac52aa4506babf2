package io.github.crmkit.examples.service;

import org.springframework.http.HttpStatus;

/** A client error with its HTTP status, answered as an RFC 9457 problem. */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;

  ApiProblem(HttpStatus status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }
}
