package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.config.TomlConfigLoader;
import dev.unknot.config.UnknotConfig;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.exercise.TomlExerciseCatalog;
import dev.unknot.schedule.QuartzScheduler;
import dev.unknot.store.Database;
import dev.unknot.store.DiaryWriter;
import dev.unknot.store.SqliteSummaryData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which week the report opens on and which summary is due, for a new user, on a real diary. */
class SummaryFlowTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  /** A Tuesday, 10:00 in Berlin: the summary (Mondays 09:00) would look back on last week. */
  private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

  private static final IsoWeek THIS_WEEK = IsoWeek.parse("2026-W48");

  @TempDir Path dir;
  private Database db;
  private QuartzScheduler scheduler;
  private UnknotConfig config;

  @BeforeEach
  void open() throws Exception {
    db = Database.open(dir.resolve("unknot.db"));
    scheduler = new QuartzScheduler(() -> Instant.MAX);
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[summary]\nday = \"monday\"\ntime = \"09:00\"\n");
    config = new TomlConfigLoader(TomlExerciseCatalog.shipped()).load(file);
  }

  @AfterEach
  void close() {
    scheduler.close();
    db.close();
  }

  private SummaryFlow flow() {
    return new SummaryFlow(
        new SqliteSummaryData(db),
        scheduler,
        Clock.fixed(TUESDAY, ZONE),
        config,
        List.of(),
        w -> {});
  }

  @Test
  void aNewUsersReportOpensOnTheirFirstWeekNotTheEmptyOneBefore() {
    assertEquals(THIS_WEEK, flow().weekShownNow(), "nothing recorded yet: this week");

    new DiaryWriter(db, ZONE).work(LocalDateTime.parse("2026-11-23T09:00"), 60, 10, 10);
    assertEquals(THIS_WEEK, flow().weekShownNow(), "installed on Monday: last week is before it");

    new DiaryWriter(db, ZONE).work(LocalDateTime.parse("2026-11-20T09:00"), 60, 10, 10);
    assertEquals(THIS_WEEK.minusWeeks(1), flow().weekShownNow(), "last week has data");
  }

  @Test
  void aSummaryOfAWeekBeforeTheFirstRecordIsNotShown() {
    assertEquals(Optional.empty(), flow().dueNow(), "an empty diary");

    new DiaryWriter(db, ZONE).work(LocalDateTime.parse("2026-11-23T09:00"), 60, 10, 10);
    assertEquals(Optional.empty(), flow().dueNow(), "last week was before the first record");

    new DiaryWriter(db, ZONE).knotFree(LocalDate.parse("2026-11-22"));
    assertEquals(Optional.of(THIS_WEEK.minusWeeks(1)), flow().dueNow(), "its Sunday is recorded");
  }
}
