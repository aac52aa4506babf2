package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.ContactLevel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned classification of critical incidents: groups and the categories within them, each
 * with a stable id, English and Korean labels and its source. The published taxonomies ship in the
 * jar ({@link #bitner()}, {@link #keaveney()}, {@link #meuter()}); a host defines its own with
 * {@link #of} or {@link TaxonomyJson#read}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Taxonomy {
  private static final int MAX_JSON_CHARS = 1 << 20;

  private final String id;
  private final String version;
  private final String name;
  private final String source;
  private final Map<String, IncidentCode> codes;

  private Taxonomy(
      String id, String version, String name, String source, Map<String, IncidentCode> codes) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.source = source;
    this.codes = codes;
  }

  /**
   * Builds a taxonomy.
   *
   * @param id the taxonomy's id, not blank
   * @param version its version, not null
   * @param name its name, not null
   * @param source its citation, not null
   * @param codes the codes, groups before their categories; ids unique; at least one
   * @return the taxonomy
   * @throws IllegalArgumentException if there is no code, an id repeats, or a parent is not an
   *     earlier group
   */
  public static Taxonomy of(
      String id, String version, String name, String source, List<IncidentCode> codes) {
    checkNotNull(id, "id must not be null");
    checkNotNull(version, "version must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(codes, "codes must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + id + "' must have at least one code");
    }
    Map<String, IncidentCode> byId = new LinkedHashMap<>();
    for (IncidentCode c : codes) {
      checkNotNull(c, "codes must not hold null");
      String parent = c.parent().orElse(null);
      if (parent != null) {
        IncidentCode p = byId.get(parent);
        if (p == null || p.parent().isPresent()) {
          throw new IllegalArgumentException(
              "code '" + c.id() + "' names parent '" + parent + "', which is not an earlier group");
        }
      }
      if (byId.putIfAbsent(c.id(), c) != null) {
        throw new IllegalArgumentException("code id '" + c.id() + "' repeats in '" + id + "'");
      }
    }
    return new Taxonomy(id, version, name, source, byId);
  }

  /**
   * Returns Bitner, Booms and Tetreault (1990) groups 1-3 with their categories and Bitner, Booms
   * and Mohr (1994) group 4.
   *
   * @return the taxonomy
   */
  public static Taxonomy bitner() {
    return Shipped.BITNER;
  }

  /**
   * Returns Keaveney's (1995) eight switching categories with their subcategories.
   *
   * @return the taxonomy
   */
  public static Taxonomy keaveney() {
    return Shipped.KEAVENEY;
  }

  /**
   * Returns Meuter et al.'s (2000) self-service technology incident categories.
   *
   * @return the taxonomy
   */
  public static Taxonomy meuter() {
    return Shipped.MEUTER;
  }

  /**
   * Returns the default scheme for a contact level: in high-contact service the decisive factor is
   * the staff's attitude and kindness, so Bitner's employee-behaviour scheme; in low-contact
   * service it is the ease and friendliness of the interface, so Meuter's self-service scheme.
   *
   * @param level the contact level, not null
   * @return the taxonomy
   */
  public static Taxonomy defaultFor(ContactLevel level) {
    checkNotNull(level, "level must not be null");
    return level == ContactLevel.HIGH ? bitner() : meuter();
  }

  /**
   * Returns what decides the customer's evaluation at a contact level.
   *
   * @param level the contact level, not null
   * @return the decisive factor
   */
  public static DecisiveFactor decisiveFactor(ContactLevel level) {
    checkNotNull(level, "level must not be null");
    return DecisiveFactor.at(level);
  }

  /**
   * Reads a taxonomy from JSON: {@code {"id", "version", "name", "source", "codes": [{"id",
   * "parent"?, "names": {"en", "ko", ...}, "source"}]}}.
   *
   * @param json the JSON text, at most 1 MiB
   * @return the taxonomy
   * @throws DefinitionFormatException naming the JSON path and the problem
   */
  static Taxonomy fromJson(String json) {
    checkNotNull(json, "json must not be null");
    Object root = JsonRead.parse(json, MAX_JSON_CHARS);
    Map<String, Object> o = JsonRead.object(root, "$");
    JsonRead.members(o, "$", Set.of("id", "version", "name", "source", "codes"));
    List<Object> cs = JsonRead.list(o, "codes", "$");
    List<IncidentCode> codes = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      String p = "$.codes[" + i + "]";
      Map<String, Object> c = JsonRead.object(cs.get(i), p);
      if (c.containsKey("en") || c.containsKey("ko")) {
        throw new DefinitionFormatException(
            p,
            "members \"en\" and \"ko\" were replaced by \"names\": {\"en\": ..., \"ko\": ...}"
                + " (names by BCP 47 language tag, English required)");
      }
      JsonRead.members(c, p, Set.of("id", "parent", "names", "source"));
      String parent = c.containsKey("parent") ? JsonRead.string(c, "parent", p) : null;
      Map<String, Object> ns = JsonRead.object(JsonRead.need(c, "names", p), p + ".names");
      Map<String, String> names = new LinkedHashMap<>();
      for (String tag : ns.keySet()) {
        names.put(tag, JsonRead.string(ns, tag, p + ".names"));
      }
      codes.add(
          JsonRead.wrap(
              p,
              () ->
                  IncidentCode.of(
                      JsonRead.string(c, "id", p),
                      parent,
                      names,
                      JsonRead.string(c, "source", p))));
    }
    return JsonRead.wrap(
        "$",
        () ->
            of(
                JsonRead.string(o, "id", "$"),
                JsonRead.string(o, "version", "$"),
                JsonRead.string(o, "name", "$"),
                JsonRead.string(o, "source", "$"),
                codes));
  }

  /**
   * Writes the taxonomy as JSON in the format {@link TaxonomyJson#read} reads.
   *
   * @return the JSON text
   */
  String toJson() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("version", version);
    o.put("name", name);
    o.put("source", source);
    List<Object> cs = new ArrayList<>();
    for (IncidentCode c : codes.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      c.parent().ifPresent(parent -> m.put("parent", parent));
      m.put("names", new LinkedHashMap<Object, Object>(c.names()));
      m.put("source", c.source());
      cs.add(m);
    }
    o.put("codes", cs);
    return Json.write(o);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the citation.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns every code, groups and categories, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<IncidentCode> codes() {
    return List.copyOf(codes.values());
  }

  /**
   * Returns the groups (codes without a parent).
   *
   * @return the groups in order
   */
  public List<IncidentCode> groups() {
    return codes.values().stream().filter(c -> c.parent().isEmpty()).toList();
  }

  /**
   * Returns the codes incidents are coded into: categories, and groups without categories.
   *
   * @return the leaves in order
   */
  public List<IncidentCode> leaves() {
    return codes.values().stream()
        .filter(
            c ->
                codes.values().stream()
                    .noneMatch(k -> k.parent().filter(c.id()::equals).isPresent()))
        .toList();
  }

  /**
   * Returns a code.
   *
   * @param codeId the id, not null
   * @return the code or empty
   */
  public Optional<IncidentCode> code(String codeId) {
    checkNotNull(codeId, "codeId must not be null");
    return Optional.ofNullable(codes.get(codeId));
  }

  /**
   * Returns the group a code belongs to (a group belongs to itself).
   *
   * @param codeId a code of this taxonomy
   * @return the group
   * @throws IllegalArgumentException if the code is unknown
   */
  public IncidentCode groupOf(String codeId) {
    IncidentCode c = require(codeId);
    return c.parent().map(this::require).orElse(c);
  }

  IncidentCode require(String codeId) {
    IncidentCode c = codes.get(checkNotNull(codeId, "codeId must not be null"));
    if (c == null) {
      throw new IllegalArgumentException(
          "code must be one of "
              + codes.keySet()
              + " in taxonomy '"
              + id
              + "', but was '"
              + codeId
              + "'");
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Taxonomy t
        && id.equals(t.id)
        && version.equals(t.version)
        && name.equals(t.name)
        && source.equals(t.source)
        && codes.equals(t.codes);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + codes.hashCode();
  }

  @Override
  public String toString() {
    return "Taxonomy{" + id + " " + version + ", " + codes.size() + " codes}";
  }

  /** The taxonomies shipped in the jar, read once. */
  private static final class Shipped {
    static final Taxonomy BITNER = load("bitner.json");
    static final Taxonomy KEAVENEY = load("keaveney.json");
    static final Taxonomy MEUTER = load("meuter.json");

    private static Taxonomy load(String file) {
      try (InputStream in = Taxonomy.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("taxonomy resource " + file + " is missing from the jar");
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
