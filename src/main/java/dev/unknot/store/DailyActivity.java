package dev.unknot.store;

import dev.unknot.core.ActiveTime;
import java.time.LocalDate;

/** Activity totals for one local calendar day. */
public record DailyActivity(
    LocalDate day, long activeSeconds, long keyboardEvents, long mouseEvents)
    implements ActiveTime.Day {}
