package io.github.crmkit.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.crmkit.core.CrmException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every client error (400, 401, 403, 404, 405, 409, 413, 415, 422),
 * never a 500 or a container's default body; a 500 problem without details for real bugs; and a
 * request size limit.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Requests larger than this are refused with 413 before they are read. */
  static final long MAX_BODY = 64 * 1024;

  /**
   * Turns a caller mistake into a 400 problem.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class})
  public ProblemDetail badInput(RuntimeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid input");
    return p;
  }

  /**
   * Turns a domain refusal (a currency mismatch, an invalid policy) into a 422 problem.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(CrmException.class)
  public ProblemDetail refused(CrmException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    p.setTitle("Cannot be processed");
    return p;
  }

  /**
   * Answers a problem the controller raised with its own status.
   *
   * @param e the problem
   * @return the problem
   */
  @ExceptionHandler(ApiProblem.class)
  public ResponseEntity<ProblemDetail> api(ApiProblem e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    p.setTitle(e.title());
    return ResponseEntity.status(e.status()).body(p);
  }

  /**
   * A name no loaded definition has (a boundary set, a model): a 404 problem listing the names.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(Definitions.UnknownDefinitionException.class)
  public ResponseEntity<ProblemDetail> unknown(Definitions.UnknownDefinitionException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Unknown definition");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
  }

  /** Bean Validation of a request body: a 400 problem naming every field that is wrong and why. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    java.util.List<String> errors = new java.util.ArrayList<>();
    for (org.springframework.validation.FieldError f : e.getBindingResult().getFieldErrors()) {
      errors.add(f.getField() + " " + f.getDefaultMessage() + ", but was " + f.getRejectedValue());
    }
    for (org.springframework.validation.ObjectError o : e.getBindingResult().getGlobalErrors()) {
      errors.add(o.getDefaultMessage());
    }
    java.util.Collections.sort(errors);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", errors));
    p.setTitle("Invalid input");
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  /**
   * A real bug: a 500 problem that says nothing of the internals; the cause is logged.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(RuntimeException.class)
  public ProblemDetail bug(RuntimeException e) {
    LOG.error("internal error", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    p.setTitle("Internal error");
    return p;
  }

  /** Unreadable or ill-typed JSON: a 400 problem naming the JSON path and what was wrong. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "the body is not the JSON expected";
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append('.').append(r.getFieldName());
        } else {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      detail = path + ": " + m.getOriginalMessage().lines().findFirst().orElse("");
    } else if (cause instanceof JsonProcessingException j) {
      detail = "malformed JSON: " + j.getOriginalMessage().lines().findFirst().orElse("");
    }
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    p.setTitle("Malformed request");
    return ResponseEntity.badRequest().body(p);
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
