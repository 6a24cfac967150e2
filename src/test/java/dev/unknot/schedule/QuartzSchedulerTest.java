package dev.unknot.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.Trigger;

class QuartzSchedulerTest {

  @Test
  void runsTheTickWhenAskedAndWhenWokenButNotInBetween() throws Exception {
    LinkedBlockingQueue<String> ticks = new LinkedBlockingQueue<>();
    AtomicInteger count = new AtomicInteger();
    // The first tick asks for the next one an hour away; only a wake-up can run it sooner.
    try (QuartzScheduler scheduler =
        new QuartzScheduler(
            () -> {
              ticks.add("tick " + count.incrementAndGet());
              return Instant.now().plus(Duration.ofHours(1));
            })) {
      scheduler.start();
      assertEquals("tick 1", ticks.poll(10, TimeUnit.SECONDS));
      assertEquals(null, ticks.poll(500, TimeUnit.MILLISECONDS), "nothing runs until woken");

      scheduler.wakeNow();
      assertEquals("tick 2", ticks.poll(10, TimeUnit.SECONDS));
    }
  }

  /**
   * Issue 20: Quartz's thread no longer looks for due triggers on its own every 30 s; a job
   * scheduled while it waits out that long wait must still run on time, because scheduling wakes
   * it.
   */
  @Test
  void aJobScheduledDuringTheLongIdleWaitStillRuns() throws Exception {
    assertTrue(
        Long.parseLong(
                QuartzScheduler.properties().getProperty("org.quartz.scheduler.idleWaitTime"))
            >= Duration.ofHours(1).toMillis(),
        "Quartz's thread would wake on its own to look for work");
    LinkedBlockingQueue<String> ran = new LinkedBlockingQueue<>();
    try (QuartzScheduler scheduler =
        new QuartzScheduler(
            () -> {
              ran.add("tick");
              return Instant.now().plus(Duration.ofHours(1));
            })) {
      scheduler.start();
      assertEquals("tick", ran.poll(10, TimeUnit.SECONDS));
      Thread.sleep(300); // Quartz's thread is now waiting for the tick an hour away
      scheduler.once("soon", Instant.now().plusMillis(200), () -> ran.add("soon"));
      assertEquals("soon", ran.poll(10, TimeUnit.SECONDS));
      scheduler.every("often", Duration.ofMillis(200), () -> ran.add("often"));
      for (int i = 0; i < 3; i++) {
        assertEquals("often", ran.poll(10, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void followsTheInstantEachTickReturns() throws Exception {
    LinkedBlockingQueue<Instant> ticks = new LinkedBlockingQueue<>();
    try (QuartzScheduler scheduler =
        new QuartzScheduler(
            () -> {
              ticks.add(Instant.now());
              return Instant.now().plusMillis(300);
            })) {
      scheduler.start();
      for (int i = 0; i < 3; i++) {
        assertTrue(ticks.poll(10, TimeUnit.SECONDS) != null, "tick " + i + " never came");
      }
    }
  }

  @Test
  void aFailingTickIsRetriedNotFatal() throws Exception {
    LinkedBlockingQueue<String> ticks = new LinkedBlockingQueue<>();
    AtomicInteger count = new AtomicInteger();
    try (QuartzScheduler scheduler =
        new QuartzScheduler(
            () -> {
              ticks.add("tick");
              if (count.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
              }
              return Instant.now().plus(Duration.ofHours(1));
            })) {
      scheduler.start();
      ticks.poll(10, TimeUnit.SECONDS);
      scheduler.wakeNow();
      assertEquals("tick", ticks.poll(10, TimeUnit.SECONDS), "the worker survived the failure");
    }
  }

  @Test
  void dailyJobsFireAtTheLocalTimeAcrossTheDstChange() {
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    try (QuartzScheduler scheduler =
        new QuartzScheduler(() -> Instant.now().plus(Duration.ofHours(1)))) {
      scheduler.daily("checkin", java.time.LocalTime.of(17, 30), berlin, () -> {});
      Instant next = scheduler.nextRun("checkin").orElseThrow();
      java.time.ZonedDateTime local = next.atZone(berlin);
      assertEquals(java.time.LocalTime.of(17, 30), local.toLocalTime());
      assertTrue(next.isAfter(Instant.now()));
      assertTrue(Duration.between(Instant.now(), next).compareTo(Duration.ofHours(25)) <= 0);

      scheduler.cancel("checkin");
      assertEquals(java.util.Optional.empty(), scheduler.nextRun("checkin"));
    }
    // The cron itself, on the days the clocks change in Berlin (29 March, 25 October 2026).
    for (String day : new String[] {"2026-03-28", "2026-10-24"}) {
      java.util.Date evening =
          java.util.Date.from(
              java.time.LocalDate.parse(day).atTime(18, 0).atZone(berlin).toInstant());
      org.quartz.Trigger trigger =
          org.quartz.TriggerBuilder.newTrigger()
              .startAt(evening)
              .withSchedule(
                  org.quartz.CronScheduleBuilder.dailyAtHourAndMinute(17, 30)
                      .inTimeZone(java.util.TimeZone.getTimeZone(berlin)))
              .build();
      java.time.ZonedDateTime fire = trigger.getFireTimeAfter(evening).toInstant().atZone(berlin);
      assertEquals(java.time.LocalDate.parse(day).plusDays(1), fire.toLocalDate());
      assertEquals(java.time.LocalTime.of(17, 30), fire.toLocalTime());
    }
  }

  @Test
  void aJobScheduledOnceRunsOnceAndReplacesAnEarlierOneOfTheSameName() throws Exception {
    LinkedBlockingQueue<String> runs = new LinkedBlockingQueue<>();
    try (QuartzScheduler scheduler =
        new QuartzScheduler(() -> Instant.now().plus(Duration.ofHours(1)))) {
      scheduler.start();
      scheduler.once("ask-again", Instant.now().plus(Duration.ofHours(1)), () -> runs.add("first"));
      scheduler.once("ask-again", Instant.now().plusMillis(200), () -> runs.add("second"));
      assertEquals("second", runs.poll(10, TimeUnit.SECONDS));
      assertEquals(null, runs.poll(500, TimeUnit.MILLISECONDS), "the first was replaced");
    }
  }

  @Test
  void weeklyTriggerKeepsItsLocalTimeAcrossDstInBerlinAndNewYork() {
    // Summer time ends in Berlin on Sunday 25 October 2026 and begins in New York on 8 March.
    assertEquals(
        List.of("2026-10-23T16:00+02:00", "2026-10-30T16:00+01:00", "2026-11-06T16:00+01:00"),
        fires("Europe/Berlin", DayOfWeek.FRIDAY, "16:00", "2026-10-20T00:00", 3));
    assertEquals(
        List.of("2026-03-06T16:00-05:00", "2026-03-13T16:00-04:00"),
        fires("America/New_York", DayOfWeek.FRIDAY, "16:00", "2026-03-01T00:00", 2));
    // A local time the clocks skip is skipped by Quartz for that week (SummarySchedule covers
    // it); one they pass twice fires once, the second time.
    assertEquals(
        List.of("2026-04-05T02:30+02:00", "2026-04-12T02:30+02:00"),
        fires("Europe/Berlin", DayOfWeek.SUNDAY, "02:30", "2026-03-28T12:00", 2));
    assertEquals(
        List.of("2026-10-25T02:30+01:00", "2026-11-01T02:30+01:00"),
        fires("Europe/Berlin", DayOfWeek.SUNDAY, "02:30", "2026-10-24T12:00", 2));
  }

  private static List<String> fires(
      String zoneId, DayOfWeek day, String time, String from, int count) {
    ZoneId zone = ZoneId.of(zoneId);
    Date after = Date.from(LocalDateTime.parse(from).atZone(zone).toInstant());
    Trigger trigger =
        QuartzScheduler.weeklyTrigger("summary", day, LocalTime.parse(time), zone)
            .getTriggerBuilder()
            .startAt(after)
            .build();
    List<String> fires = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      after = trigger.getFireTimeAfter(after);
      fires.add(after.toInstant().atZone(zone).toOffsetDateTime().toString());
    }
    return fires;
  }
}
