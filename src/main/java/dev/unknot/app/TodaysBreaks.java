package dev.unknot.app;

import dev.unknot.core.BreakLog;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The break log, with today's outcomes also counted in memory, so that `unknot status` answers from
 * the daemon without waiting on a diary that another process holds locked.
 */
final class TodaysBreaks implements BreakLog {

  private final BreakLog log;
  private final Clock clock;
  private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
  private LocalDate day;

  /**
   * @param alreadyToday the breaks the diary holds for today, read once at start
   */
  TodaysBreaks(BreakLog log, Clock clock, List<BreakRecord> alreadyToday) {
    this.log = log;
    this.clock = clock;
    this.day = LocalDate.now(clock);
    alreadyToday.forEach(this::count);
  }

  @Override
  public void record(BreakRecord breakRecord) {
    log.record(breakRecord); // a record the diary could not take yet is kept and retried there
    count(breakRecord);
  }

  private synchronized void count(BreakRecord r) {
    rollOver();
    if (r.startedAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(day)) {
      counts.merge(r.outcome(), 1L, Long::sum);
    }
  }

  /** Today's count of each outcome, every outcome included. */
  synchronized Map<Outcome, Long> today() {
    rollOver();
    Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      all.put(o, counts.getOrDefault(o, 0L));
    }
    return all;
  }

  private void rollOver() {
    LocalDate now = LocalDate.now(clock);
    if (!now.equals(day)) {
      day = now;
      counts.clear();
    }
  }
}
