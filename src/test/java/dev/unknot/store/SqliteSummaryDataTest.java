package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.Side;
import dev.unknot.core.summary.IsoWeek;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
      assertEquals(Side.RIGHT, data.read(monday, W47.sunday()).mouseHand(), "right by default");

      hands.record("left", OffsetDateTime.parse("2026-11-18T10:00+01:00"));
      hands.record("right", OffsetDateTime.parse("2026-12-01T10:00+01:00"));

      assertEquals(Side.LEFT, data.read(monday, W47.sunday()).mouseHand());
      assertEquals(Side.RIGHT, data.read(monday, LocalDate.parse("2026-12-06")).mouseHand());
    }
  }
}
