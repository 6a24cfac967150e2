package dev.unknot.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
}
