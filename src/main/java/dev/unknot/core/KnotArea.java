package dev.unknot.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a knot is, in the words a person would use. */
public enum KnotArea {
  NECK("Neck", "neck"),
  UPPER_TRAP("Between neck and shoulder (upper trapezius)", "neck-and-shoulder"),
  BETWEEN_SHOULDER_BLADES("Between the shoulder blades", "upper-back"),
  SHOULDER("Shoulder", "shoulder"),
  UPPER_BACK("Upper back", "upper-back"),
  CHEST("Chest", "chest"),
  LOWER_BACK("Lower back", "lower-back"),
  ARM("Arm", "arm"),
  OTHER("Somewhere else", "");

  private final String plainName;
  private final String knotWord;

  KnotArea(String plainName, String knotWord) {
    this.plainName = plainName;
    this.knotWord = knotWord;
  }

  public String plainName() {
    return plainName;
  }

  /** The area as it reads before "knot": "your upper-back knot"; empty for OTHER. */
  public String knotWord() {
    return knotWord;
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
