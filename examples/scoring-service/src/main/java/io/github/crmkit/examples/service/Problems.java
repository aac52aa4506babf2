package io.github.crmkit.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;

/** RFC 9457 problem details for bad input, and a request size limit. */
@RestControllerAdvice
public class Problems {
  /** Requests larger than this are refused with 413 before they are read. */
  static final long MAX_BODY = 64 * 1024;

  /**
   * Turns a caller mistake into a 400 problem.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(IllegalArgumentException.class)
  public ProblemDetail badInput(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid input");
    return p;
  }

  /**
   * Turns unreadable JSON into a 400 problem.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "the body is not the JSON expected");
    p.setTitle("Malformed request");
    return p;
  }

  /** Refuses bodies over {@link #MAX_BODY} bytes (by Content-Length, or chunked without one). */
  @Component
  public static class SizeLimit extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long length = request.getContentLengthLong();
      boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
      if (length > MAX_BODY || (chunked && request.getMethod().equals("POST"))) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType("application/problem+json");
        response
            .getOutputStream()
            .write(
                ("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                        + "\"detail\":\"requests are limited to "
                        + MAX_BODY
                        + " bytes with a Content-Length\"}")
                    .getBytes(StandardCharsets.UTF_8));
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
