package dev.unknot.core;

import java.time.LocalTime;
import java.util.Objects;

/** When the daily "Any knots today?" question comes, if at all. */
public record CheckInSettings(boolean enabled, LocalTime time) {

  public static final CheckInSettings DEFAULTS = new CheckInSettings(true, LocalTime.of(17, 30));

  public CheckInSettings {
    Objects.requireNonNull(time, "time");
  }
}
