package io.github.crmkit.recovery.incident;

/**
 * Codes incidents into the categories of a taxonomy. crmkit ships the transparent {@link
 * LexiconCoder}; a host plugs in its own model by implementing this interface, and {@link
 * CoderEvaluation} compares any coder with human codes. Implementations should be thread-safe.
 *
 * @since 0.1
 */
public interface IncidentCoder {
  /**
   * Returns the taxonomy this coder codes into.
   *
   * @return the taxonomy
   */
  Taxonomy taxonomy();

  /**
   * Codes one incident.
   *
   * @param incident the incident, not null
   * @return the code with its confidence and evidence, or an explicit uncoded result
   */
  CodingResult code(Incident incident);
}
