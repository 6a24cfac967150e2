package dev.unknot.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects active time per clock minute as the engine integrates it, and turns minutes that are
 * over into {@link ActivityMinute} rows with the tracker's event counts.
 */
final class ActivityMinutes {

  private static final long MINUTE = 60_000L;

  private final TreeMap<Long, Long> activeMillis = new TreeMap<>();

  /** Minutes before this one have been handed out. */
  private long flushedBefore = Long.MIN_VALUE;

  void addActive(long from, long to) {
    for (long t = from; t < to; ) {
      long minute = Math.floorDiv(t, MINUTE);
      long end = Math.min(to, (minute + 1) * MINUTE);
      if (minute >= flushedBefore) {
        activeMillis.merge(minute, end - t, Long::sum);
      }
      t = end;
    }
  }

  /** Whether a minute not handed out yet has active time. */
  boolean hasPending() {
    return !activeMillis.isEmpty();
  }

  /** The instant the minute {@code nowMillis} falls in ends. */
  static long endOfMinute(long nowMillis) {
    return (Math.floorDiv(nowMillis, MINUTE) + 1) * MINUTE;
  }

  /** Rows for every minute before the one {@code nowMillis} falls in that had activity or input. */
  List<ActivityMinute> drain(long nowMillis, ActivityTracker tracker, ZoneId zone) {
    long current = Math.floorDiv(nowMillis, MINUTE);
    long from =
        flushedBefore == Long.MIN_VALUE
            ? activeMillis.isEmpty() ? current : activeMillis.firstKey()
            : flushedBefore;
    // Counts live in the tracker's ring only so long; older minutes keep their active time.
    from = Math.max(from, current - ActivityTracker.RING_MINUTES + 1);
    List<ActivityMinute> rows = new ArrayList<>();
    for (Map.Entry<Long, Long> e : activeMillis.headMap(from).entrySet()) {
      rows.add(row(e.getKey(), e.getValue(), 0, 0, zone));
    }
    for (long minute = from; minute < current; minute++) {
      long active = activeMillis.getOrDefault(minute, 0L);
      long keys = tracker.keyboardEventsIn(minute);
      long mice = tracker.mouseEventsIn(minute);
      if (active > 0 || keys > 0 || mice > 0) {
        rows.add(row(minute, active, keys, mice, zone));
      }
    }
    activeMillis.headMap(current).clear();
    flushedBefore = current;
    return rows;
  }

  private static ActivityMinute row(
      long minute, long activeMillis, long keys, long mice, ZoneId zone) {
    int offset = zone.getRules().getOffset(Instant.ofEpochSecond(minute * 60)).getTotalSeconds();
    int seconds = (int) Math.min(60, Math.round(activeMillis / 1000.0));
    return new ActivityMinute(minute, seconds, keys, mice, offset);
  }
}
