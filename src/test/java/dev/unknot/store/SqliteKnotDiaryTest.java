package dev.unknot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.Cause;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKnotDiaryTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-18T17:30:00+01:00");
  private static final LocalDate DAY = LocalDate.parse("2026-11-18");

  @TempDir Path dir;
  private Database db;
  private SqliteKnotDiary diary;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("unknot.db"));
    diary = new SqliteKnotDiary(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static KnotReport report(LocalDate day, KnotArea area, Set<Cause> causes) {
    return new KnotReport(0, day, area, Side.RIGHT, 3, causes, "after rowing", NOW);
  }

  @Test
  void reportIsStoredWithItsCausesAndImpliesAKnotCheckIn() {
    KnotReport saved =
        diary.add(
            report(DAY, KnotArea.BETWEEN_SHOULDER_BLADES, Set.of(Cause.MOUSE, Cause.LIFTING)));

    assertTrue(saved.id() > 0);
    db.close();
    db = Database.open(dir.resolve("unknot.db"));
    diary = new SqliteKnotDiary(db);
    assertEquals(List.of(saved), diary.reports(null));
    assertEquals(Optional.of(new CheckIn(DAY, true, NOW)), diary.checkIn(DAY));
  }

  @Test
  void severalReportsOnOneDayAreAllowed() {
    diary.add(report(DAY, KnotArea.NECK, Set.of()));
    diary.add(report(DAY, KnotArea.CHEST, Set.of(Cause.POSTURE)));
    assertEquals(2, diary.reports(DAY).size());
    assertEquals(0, diary.reports(DAY.plusDays(1)).size());
  }

  @Test
  void knotFreeDayIsRefusedWhenAKnotWasReported() {
    diary.add(report(DAY, KnotArea.NECK, Set.of()));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> diary.recordKnotFree(new CheckIn(DAY, false, NOW)));
    assertTrue(e.getMessage().contains("a knot is reported for 2026-11-18"), e.getMessage());
    assertTrue(diary.checkIn(DAY).orElseThrow().hadKnot());
  }

  @Test
  void knotFreeDayIsRecorded() {
    diary.recordKnotFree(new CheckIn(DAY.minusDays(1), false, NOW));
    assertFalse(diary.checkIn(DAY.minusDays(1)).orElseThrow().hadKnot());
    assertEquals(Optional.empty(), diary.checkIn(DAY));
  }

  @Test
  void removingTheLastReportOfADayMakesTheDayUnknownAgain() {
    KnotReport first = diary.add(report(DAY, KnotArea.NECK, Set.of(Cause.SLEEP)));
    KnotReport second = diary.add(report(DAY, KnotArea.CHEST, Set.of()));

    assertTrue(diary.remove(first.id()));
    assertTrue(diary.checkIn(DAY).isPresent(), "one report is left");
    assertTrue(diary.remove(second.id()));
    assertEquals(Optional.empty(), diary.checkIn(DAY));
    assertFalse(diary.remove(second.id()));
    assertEquals(List.of(), diary.reports(null));
  }
}
