package dev.unknot.store;

import dev.unknot.core.KnotArea;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import dev.unknot.core.summary.IsoWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Six weeks (2026-W42 to W47, Europe/Berlin, across the end of summer time) written through the
 * real store, summarised, and checked against numbers worked out by hand.
 *
 * <p>Every working day is one of three kinds:
 *
 * <ul>
 *   <li>S: 4 blocks of 45 min (09:00, 10:00, 13:00, 14:00), 50 keys and 50 mouse events a minute; 3
 *       taken micro-breaks and 1 natural. 180 min active, longest 45 min, 4 of 4 kept.
 *   <li>L: 120 min from 09:00 and 60 min from 13:00, 20 keys and 80 mouse events a minute; 1 taken,
 *       2 postponed, 3 skipped. 180 min active, longest 120 min, 1 of 4 kept.
 *   <li>M: 60 min from 09:00 and 90 min from 13:00, 40 keys and 60 mouse events a minute; 2 taken,
 *       1 skipped. 150 min active, longest 90 min, 2 of 3 kept.
 * </ul>
 *
 * Knot days are M and the day before each is L; all other weekdays are S. Thursday of W47 adds an
 * unanswered break to its S day.
 */
public final class SixWeekDiary {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final LocalDate TODAY = LocalDate.parse("2026-11-21");
  public static final IsoWeek W47 = IsoWeek.parse("2026-W47");

  private SixWeekDiary() {}

  private static final List<LocalDate> KNOT_DAYS =
      days("2026-10-27", "2026-11-03", "2026-11-12", "2026-11-18");
  private static final List<LocalDate> KNOT_FREE_DAYS =
      days("2026-10-13", "2026-10-21", "2026-10-29", "2026-11-05", "2026-11-10", "2026-11-20");

  /** Writes the six weeks into an open diary. */
  public static void write(Database db) {
    DiaryWriter w = new DiaryWriter(db, BERLIN);
    for (LocalDate day = LocalDate.parse("2026-10-12");
        day.isBefore(TODAY);
        day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      if (KNOT_DAYS.contains(day)) {
        mDay(w, day);
      } else if (KNOT_DAYS.contains(day.plusDays(1))) {
        lDay(w, day);
      } else {
        sDay(w, day);
      }
    }
    w.micro(LocalDate.parse("2026-11-19").atTime(15, 0), Outcome.UNANSWERED, "chin-tuck");
    w.knot(LocalDate.parse("2026-10-14"), KnotArea.CHEST, Side.LEFT, 5);
    w.knot(LocalDate.parse("2026-10-27"), KnotArea.UPPER_TRAP, Side.RIGHT, 4);
    w.knot(LocalDate.parse("2026-11-03"), KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT, 2);
    w.knot(LocalDate.parse("2026-11-12"), KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT, 3);
    w.knot(LocalDate.parse("2026-11-18"), KnotArea.BETWEEN_SHOULDER_BLADES, Side.RIGHT, 3);
    w.knot(LocalDate.parse("2026-11-18"), KnotArea.NECK, Side.LEFT, 2);
    KNOT_FREE_DAYS.forEach(w::knotFree);
  }

  private static void sDay(DiaryWriter w, LocalDate day) {
    w.work(day.atTime(9, 0), 45, 50, 50)
        .work(day.atTime(10, 0), 45, 50, 50)
        .work(day.atTime(13, 0), 45, 50, 50)
        .work(day.atTime(14, 0), 45, 50, 50)
        .micro(day.atTime(9, 45), Outcome.TAKEN, "chin-tuck")
        .micro(day.atTime(10, 45), Outcome.TAKEN, "chest-stretch")
        .micro(day.atTime(13, 45), Outcome.TAKEN, "shoulder-blade-squeeze")
        .micro(day.atTime(14, 45), Outcome.NATURAL, null);
  }

  private static void lDay(DiaryWriter w, LocalDate day) {
    w.work(day.atTime(9, 0), 120, 20, 80)
        .work(day.atTime(13, 0), 60, 20, 80)
        .micro(day.atTime(9, 27), Outcome.POSTPONED, "lat-pinch")
        .micro(day.atTime(9, 30), Outcome.SKIPPED, "lat-pinch")
        .micro(day.atTime(9, 57), Outcome.POSTPONED, "chest-stretch")
        .micro(day.atTime(10, 0), Outcome.SKIPPED, "chest-stretch")
        .micro(day.atTime(11, 0), Outcome.TAKEN, "chin-tuck")
        .micro(day.atTime(13, 30), Outcome.SKIPPED, "eyes-down-check");
  }

  private static void mDay(DiaryWriter w, LocalDate day) {
    w.work(day.atTime(9, 0), 60, 40, 60)
        .work(day.atTime(13, 0), 90, 40, 60)
        .micro(day.atTime(10, 0), Outcome.TAKEN, "lat-pinch")
        .micro(day.atTime(13, 45), Outcome.SKIPPED, "stand-and-move")
        .micro(day.atTime(14, 30), Outcome.TAKEN, "chin-tuck");
  }

  private static List<LocalDate> days(String... days) {
    return Arrays.stream(days).map(LocalDate::parse).toList();
  }
}
