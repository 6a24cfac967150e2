package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a knot is, in the words a person would use. */
public enum KnotArea {
  NECK,
  UPPER_TRAP,
  BETWEEN_SHOULDER_BLADES,
  SHOULDER,
  UPPER_BACK,
  CHEST,
  LOWER_BACK,
  ARM,
  OTHER;

  /** The area as a label: "Between the shoulder blades". */
  public String plainName() {
    return Messages.get(
        switch (this) {
          case NECK -> "knot.area.neck";
          case UPPER_TRAP -> "knot.area.upper-trap";
          case BETWEEN_SHOULDER_BLADES -> "knot.area.between-shoulder-blades";
          case SHOULDER -> "knot.area.shoulder";
          case UPPER_BACK -> "knot.area.upper-back";
          case CHEST -> "knot.area.chest";
          case LOWER_BACK -> "knot.area.lower-back";
          case ARM -> "knot.area.arm";
          case OTHER -> "knot.area.other";
        });
  }

  /**
   * The label as it reads inside a sentence: "between the shoulder blades". German keeps its
   * capital nouns, so the bundle says whether the first letter is lowered.
   */
  public String inSentence() {
    String name = plainName();
    return Messages.get("knot.area.lowerInSentence").equals("true")
        ? name.substring(0, 1).toLowerCase(Messages.locale()) + name.substring(1)
        : name;
  }

  /**
   * The area as it reads in "your upper-back knot" (in German "Ihr Knoten im oberen Rücken"); empty
   * for OTHER.
   */
  public String knotWord() {
    if (this == OTHER) {
      return "";
    }
    return Messages.get(
        switch (this) {
          case NECK -> "knot.word.neck";
          case UPPER_TRAP -> "knot.word.upper-trap";
          case BETWEEN_SHOULDER_BLADES -> "knot.word.between-shoulder-blades";
          case SHOULDER -> "knot.word.shoulder";
          case UPPER_BACK -> "knot.word.upper-back";
          case CHEST -> "knot.word.chest";
          case LOWER_BACK -> "knot.word.lower-back";
          case ARM -> "knot.word.arm";
          case OTHER -> throw new IllegalStateException();
        });
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
      throw new IllegalArgumentException(Messages.get("id.unknown", what, list(type), id));
    }

    static <E extends Enum<E>> String list(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Ids::of).collect(Collectors.joining(", "));
    }
  }
}
