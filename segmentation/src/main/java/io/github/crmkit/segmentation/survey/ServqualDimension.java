package io.github.crmkit.segmentation.survey;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The five dimensions of SERVQUAL and the items (numbered 1 to 22) that measure each, after
 * Parasuraman, Zeithaml and Berry (1988), "SERVQUAL: a multiple-item scale for measuring consumer
 * perceptions of service quality", Journal of Retailing 64(1), as refined in 1991.
 *
 * @since 0.1
 */
public enum ServqualDimension implements CodedType {
  /** Physical facilities, equipment and the appearance of personnel: items 1 to 4. */
  TANGIBLES("tangibles", 1, 4, 0),
  /** Performing the promised service dependably and accurately: items 5 to 9. */
  RELIABILITY("reliability", 5, 9, 1),
  /** Willingness to help customers and provide prompt service: items 10 to 13. */
  RESPONSIVENESS("responsiveness", 10, 13, 2),
  /** Knowledge and courtesy of employees and their ability to inspire trust: items 14 to 17. */
  ASSURANCE("assurance", 14, 17, 3),
  /** Caring, individualised attention to customers: items 18 to 22. */
  EMPATHY("empathy", 18, 22, 4);

  /** The number of SERVQUAL items. */
  public static final int ITEMS = 22;

  private final String code;
  private final int firstItem;
  private final int lastItem;
  private final int slot;

  ServqualDimension(String code, int firstItem, int lastItem, int slot) {
    this.slot = slot;
    this.code = code;
    this.firstItem = firstItem;
    this.lastItem = lastItem;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the number of the dimension's first item, 1-based.
   *
   * @return the first item
   */
  public int firstItem() {
    return firstItem;
  }

  /**
   * Returns the number of the dimension's last item, 1-based and inclusive.
   *
   * @return the last item
   */
  public int lastItem() {
    return lastItem;
  }

  /** Returns the dimension's position 0 to 4, fixed independently of declaration order. */
  int slot() {
    return slot;
  }

  /**
   * Returns how many items measure the dimension.
   *
   * @return the item count
   */
  public int itemCount() {
    return lastItem - firstItem + 1;
  }

  /**
   * Returns the dimension an item belongs to.
   *
   * @param item the item number, 1 to 22
   * @return the dimension
   * @throws IllegalArgumentException if the item is not 1 to 22
   */
  public static ServqualDimension ofItem(int item) {
    for (ServqualDimension d : values()) {
      if (item >= d.firstItem && item <= d.lastItem) {
        return d;
      }
    }
    throw new IllegalArgumentException("item must be 1 to " + ITEMS + ", but was " + item);
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ServqualDimension fromCode(String code) {
    return Codes.byCode(ServqualDimension.class, code);
  }
}
