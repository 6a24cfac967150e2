package dev.unknot.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a knot is, in the words a person would use. */
public enum KnotArea {
  NECK("Neck"),
  UPPER_TRAP("Between neck and shoulder (upper trapezius)"),
  BETWEEN_SHOULDER_BLADES("Between the shoulder blades"),
  SHOULDER("Shoulder"),
  UPPER_BACK("Upper back"),
  CHEST("Chest"),
  LOWER_BACK("Lower back"),
  ARM("Arm"),
  OTHER("Somewhere else");

  private final String plainName;

  KnotArea(String plainName) {
    this.plainName = plainName;
  }

  public String plainName() {
    return plainName;
  }

  public String id() {
    return Ids.of(this);
  }

  public static KnotArea fromId(String id) {
    return Ids.parse(KnotArea.class, id, "area");
  }

  /** Lower-case, dash-separated ids for the enums the diary stores. */
  static final class Ids {
    private Ids() {}

    static String of(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String id, String what) {
      for (E value : type.getEnumConstants()) {
        if (of(value).equals(id)) {
          return value;
        }
      }
      throw new IllegalArgumentException(
          what + " must be one of " + list(type) + ", not '" + id + "'");
    }

    static <E extends Enum<E>> String list(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Ids::of).collect(Collectors.joining(", "));
    }
  }
}
