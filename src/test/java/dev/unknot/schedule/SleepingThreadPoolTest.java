package dev.unknot.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SleepingThreadPoolTest {

  /** Issue 20: Quartz's SimpleThreadPool woke its idle worker twice a second. */
  @Test
  void anIdleSchedulersThreadsSleepUntilTheNextTick() throws Exception {
    CountDownLatch ticked = new CountDownLatch(1);
    try (QuartzScheduler scheduler =
        new QuartzScheduler(
            () -> {
              ticked.countDown();
              return java.time.Instant.now().plusSeconds(3600);
            })) {
      scheduler.start();
      assertTrue(ticked.await(10, TimeUnit.SECONDS));
      Thread.sleep(500); // let the tick's own rescheduling settle
      long before = wakeUps();
      Thread.sleep(2_500); // idle: SimpleThreadPool's worker would wake 5 times in it
      long after = wakeUps();
      assertTrue(after - before <= 1, "the idle scheduler woke " + (after - before) + " times");
    }
  }

  @Test
  void aSecondJobWaitsForTheFirstAndNothingRunsAfterShutdown() throws Exception {
    SleepingThreadPool pool = new SleepingThreadPool();
    pool.initialize();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch secondRan = new CountDownLatch(1);
    assertTrue(
        pool.runInThread(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }));
    Thread second = new Thread(() -> pool.runInThread(secondRan::countDown));
    second.start();
    assertFalse(secondRan.await(300, TimeUnit.MILLISECONDS), "one job at a time");
    release.countDown();
    assertTrue(secondRan.await(10, TimeUnit.SECONDS));
    second.join();
    pool.shutdown(true);
    assertFalse(pool.runInThread(() -> {}), "a pool that is shut down takes no job");
    assertEquals(0, pool.blockForAvailableThreads());
  }

  /**
   * Voluntary context switches, from /proc, of the scheduler's worker and Quartz's own thread
   * (named after the instance, "unknot-N_QuartzSchedulerThread", which comm cuts to 15 characters):
   * each one is a wake-up.
   */
  private static long wakeUps() throws IOException {
    long sum = 0;
    boolean worker = false;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String name = Files.readString(task.resolve("comm")).strip();
        boolean ours = name.equals(SleepingThreadPool.WORKER_NAME);
        worker |= ours;
        if (ours || name.matches("unknot-\\d+_Quartz")) {
          for (String line : Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")) {
              sum += Long.parseLong(line.replaceAll("\\D", ""));
            }
          }
        }
      }
    }
    assertTrue(worker, "no thread named " + SleepingThreadPool.WORKER_NAME);
    return sum;
  }
}
