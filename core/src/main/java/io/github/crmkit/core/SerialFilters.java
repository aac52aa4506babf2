package io.github.crmkit.core;

import java.io.ObjectInputFilter;

/**
 * Filters for reading crmkit's serialized values (RFM distributions and boundaries, lifetime-value
 * models) from streams a host does not fully trust, such as bytes shipped between the JVMs of a
 * distributed job. Every crmkit serial form re-validates its invariants when read; a filter adds
 * that nothing else is instantiated on the way.
 *
 * <p>{@link #crmkitOnly()} admits crmkit's own classes ({@code io.github.crmkit.*}), the JDK types
 * their serial forms hold (strings, enums, primitive arrays and arrays of strings or of primitive
 * arrays) and nothing else, with limits on depth, references and array length. Use it on an {@code
 * ObjectInputStream}:
 *
 * <pre>{@code
 * try (ObjectInputStream in = new ObjectInputStream(bytes)) {
 *   in.setObjectInputFilter(SerialFilters.crmkitOnly());
 *   RfmBoundaries b = (RfmBoundaries) in.readObject();
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class SerialFilters {
  /** The deepest object graph admitted. */
  public static final int MAX_DEPTH = 16;

  /** The most object references admitted in one stream. */
  public static final long MAX_REFERENCES = 100_000;

  /** The longest array admitted (a distribution holds one entry per distinct value). */
  public static final long MAX_ARRAY_LENGTH = 100_000_000;

  private static final ObjectInputFilter CRMKIT_ONLY = SerialFilters::check;

  private SerialFilters() {}

  /**
   * Returns the filter that admits only crmkit's serial classes and the JDK types they contain.
   *
   * @return the filter, stateless and shareable
   */
  public static ObjectInputFilter crmkitOnly() {
    return CRMKIT_ONLY;
  }

  private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    if (info.depth() > MAX_DEPTH
        || info.references() > MAX_REFERENCES
        || info.arrayLength() > MAX_ARRAY_LENGTH) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive() || c == String.class || c == Enum.class) {
      return ObjectInputFilter.Status.ALLOWED;
    }
    return c.getName().startsWith("io.github.crmkit.")
        ? ObjectInputFilter.Status.ALLOWED
        : ObjectInputFilter.Status.REJECTED;
  }
}
