package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.Exercise;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotFocus;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Side;
import dev.unknot.store.Database;
import dev.unknot.store.SqliteActivityLog;
import dev.unknot.store.SqliteExerciseLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Massage reminders against a real diary file; the window is a recording stand-in. */
class MassageFlowTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOON = Instant.parse("2026-11-20T11:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;
  private Database db;
  private final List<String> shown = new ArrayList<>();
  private String howOften;
  private Runnable done;
  private Runnable later;
  private KnotFocus knots;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("unknot.db"));
    KnotReport report =
        new KnotReport(
            1,
            DAY,
            KnotArea.UPPER_BACK,
            Side.RIGHT,
            3,
            Set.of(),
            null,
            OffsetDateTime.ofInstant(NOON, ZONE));
    knots = KnotFocus.active(List.of(report), List.of(), DAY);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void worked(int minutes) {
    long first = NOON.getEpochSecond() / 60 - 300;
    List<ActivityMinute> list = new ArrayList<>();
    for (int i = 0; i < minutes; i++) {
      list.add(new ActivityMinute(first + i, 60, 10, 10, 3600));
    }
    new SqliteActivityLog(db).record(list);
  }

  private MassageFlow flow(Instant now) {
    return flow(now, 3);
  }

  private MassageFlow flow(Instant now, int perDay) {
    return new MassageFlow(
        new SqliteActivityLog(db),
        new SqliteExerciseLog(db),
        () -> knots,
        Clock.fixed(now, ZONE),
        perDay,
        (Exercise massage, String forWhat, String often, Runnable onDone, Runnable onLater) -> {
          shown.add(massage.id() + " for " + forWhat);
          howOften = often;
          done = onDone;
          later = onLater;
        });
  }

  @Test
  void afterAnHourAndAHalfOfWorkTheKnotGetsItsReminderAndDoneIsLogged() {
    worked(89);
    MassageFlow flow = flow(NOON);
    flow.check();
    assertEquals(List.of(), shown, "not before 90 minutes of work");

    worked(90);
    flow.check();
    flow.check();
    assertEquals(List.of("ball-massage-back for your right upper-back knot"), shown);

    done.run();
    Instant midnight = DAY.atStartOfDay(ZONE).toInstant();
    assertEquals(
        1, new SqliteExerciseLog(db).count("ball-massage", midnight, midnight.plusSeconds(86_400)));
  }

  @Test
  void laterWaitsForTheNextShareOfTheDayAndNothingComesWithoutAKnot() {
    worked(200);
    MassageFlow flow = flow(NOON);
    flow.check();
    later.run();
    flow.check();
    assertEquals(1, shown.size(), "the second waits for 3 hours of work");

    knots = KnotFocus.NONE;
    worked(300);
    flow(NOON.plusSeconds(3600)).check();
    assertEquals(1, shown.size());
  }

  @Test
  void massageCardSaysHowOftenAsTheSettingDoesNotTwoOrThreeTimes() {
    worked(60);
    MassageFlow flow = flow(NOON, 6);
    flow.check();
    assertEquals(1, shown.size(), "six a day: the first after about 51 minutes of work");
    assertEquals("Six times a day while the knot lasts", howOften);
  }
}
