package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The command line's JSON mapper, in a class of its own so that it is built (a few hundred classes,
 * about 0.1 s) only by commands that read or print JSON, not by {@code rfm --format csv}.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}
}
