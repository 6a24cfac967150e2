package dev.unknot.store;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes a made-up diary through the real SQLite adapters, in local time of one zone. */
public final class DiaryWriter {

  private final ZoneId zone;
  private final SqliteActivityLog activity;
  private final SqliteBreakLog breaks;
  private final SqliteKnotDiary diary;

  public DiaryWriter(Database db, ZoneId zone) {
    this.zone = zone;
    this.activity = new SqliteActivityLog(db);
    this.breaks = new SqliteBreakLog(db);
    this.diary = new SqliteKnotDiary(db);
  }

  /** {@code minutes} wholly active minutes from {@code start}, with these counts each. */
  public DiaryWriter work(LocalDateTime start, int minutes, long keyboard, long mouse) {
    return work(start, minutes, 60, keyboard, mouse);
  }

  public DiaryWriter work(
      LocalDateTime start, int minutes, int activeSeconds, long keyboard, long mouse) {
    List<ActivityMinute> rows = new ArrayList<>();
    long first = at(start).toEpochSecond() / 60;
    for (long m = first; m < first + minutes; m++) {
      int offset =
          zone.getRules().getOffset(java.time.Instant.ofEpochSecond(m * 60)).getTotalSeconds();
      rows.add(new ActivityMinute(m, activeSeconds, keyboard, mouse, offset));
    }
    activity.record(rows);
    return this;
  }

  public DiaryWriter rest(
      LocalDateTime start, Duration length, BreakType type, Outcome outcome, String exercise) {
    OffsetDateTime begin = at(start);
    breaks.record(new BreakRecord(type, outcome, exercise, begin, begin.plus(length)));
    return this;
  }

  public DiaryWriter micro(LocalDateTime start, Outcome outcome, String exercise) {
    return rest(start, Duration.ofSeconds(30), BreakType.MICRO, outcome, exercise);
  }

  public DiaryWriter knot(LocalDate day, KnotArea area, Side side, int severity) {
    diary.add(new KnotReport(0, day, area, side, severity, Set.of(), null, at(day.atTime(17, 30))));
    return this;
  }

  public DiaryWriter knotFree(LocalDate day) {
    diary.recordKnotFree(new CheckIn(day, false, at(day.atTime(17, 30))));
    return this;
  }

  private OffsetDateTime at(LocalDateTime local) {
    return local.atZone(zone).toOffsetDateTime();
  }
}
