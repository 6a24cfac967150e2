package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.util.Locale;

/** The two kinds of break: short and frequent, or long and rare. */
public enum BreakType {
  MICRO,
  REST;

  /** The lower-case name used in config, the database and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BreakType fromId(String id) {
    for (BreakType type : values()) {
      if (type.id().equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException(Messages.get("breakType.unknown", id));
  }
}
