package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.KnotArea;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import dev.unknot.core.summary.IsoWeek;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSummaryDataTest {

  private static final IsoWeek W47 = IsoWeek.parse("2026-W47");

  @TempDir Path dir;

  @Test
  void aWeekIsMarkedShownOnceAndThatSurvivesARestart() {
    Path file = dir.resolve("unknot.db");
    try (Database db = Database.open(file)) {
      SqliteSummaryData data = new SqliteSummaryData(db);
      assertFalse(data.wasShown(W47));
      assertTrue(data.markShown(W47, Instant.parse("2026-11-20T15:00:00Z")));
      assertFalse(data.markShown(W47, Instant.parse("2026-11-20T16:00:00Z")), "a duplicate");
    }
    try (Database db = Database.open(file)) {
      SqliteSummaryData data = new SqliteSummaryData(db);
      assertTrue(data.wasShown(W47));
      assertFalse(data.wasShown(W47.minusWeeks(1)));
    }
  }

  @Test
  void theMouseHandIsTheOneChosenByTheEndOfTheDaysRead() {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      SqliteMouseHandLog hands = new SqliteMouseHandLog(db);
      SqliteSummaryData data = new SqliteSummaryData(db);
      LocalDate monday = W47.monday();

      hands.record("left", OffsetDateTime.parse("2026-11-18T10:00+01:00"));
      hands.record("right", OffsetDateTime.parse("2026-12-01T10:00+01:00"));

      assertEquals(Optional.of(Side.LEFT), data.read(monday, W47.sunday()).mouseHand());
      assertEquals(
          Optional.of(Side.RIGHT), data.read(monday, LocalDate.parse("2026-12-06")).mouseHand());
    }
  }

  @Test
  void noMouseHandSetReadsAsUnknownNotRight() {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      SqliteSummaryData data = new SqliteSummaryData(db);
      assertEquals(Optional.empty(), data.read(W47.monday(), W47.sunday()).mouseHand());

      new SqliteMouseHandLog(db).record("left", OffsetDateTime.parse("2026-12-01T10:00+01:00"));
      assertEquals(
          Optional.empty(),
          data.read(W47.monday(), W47.sunday()).mouseHand(),
          "not yet set by the end of the week");
    }
  }

  @Test
  void theFirstRecordedDayIsTheEarliestRecordOfAnyKindInItsOwnLocalTime() {
    try (Database db = Database.open(dir.resolve("unknot.db"))) {
      SqliteSummaryData data = new SqliteSummaryData(db);
      assertEquals(Optional.empty(), data.firstRecordedDay(), "an empty diary");

      ZoneId tokyo = ZoneId.of("Asia/Tokyo");
      // 00:30 in Tokyo is still the day before in UTC: the local day counts.
      new DiaryWriter(db, tokyo).work(LocalDateTime.parse("2026-11-18T00:30"), 30, 1, 1);
      assertEquals(Optional.of(LocalDate.parse("2026-11-18")), data.firstRecordedDay());

      new DiaryWriter(db, tokyo)
          .micro(LocalDateTime.parse("2026-11-17T23:00"), Outcome.NATURAL, null);
      assertEquals(Optional.of(LocalDate.parse("2026-11-17")), data.firstRecordedDay(), "a break");

      new DiaryWriter(db, tokyo).knotFree(LocalDate.parse("2026-11-16"));
      assertEquals(Optional.of(LocalDate.parse("2026-11-16")), data.firstRecordedDay(), "check-in");

      new DiaryWriter(db, tokyo).knot(LocalDate.parse("2026-11-10"), KnotArea.NECK, Side.LEFT, 2);
      assertEquals(Optional.of(LocalDate.parse("2026-11-10")), data.firstRecordedDay(), "a knot");
      assertEquals(
          Optional.of(LocalDate.parse("2026-11-10")),
          data.read(W47.monday(), W47.sunday()).firstRecordedDay());
    }
  }
}
