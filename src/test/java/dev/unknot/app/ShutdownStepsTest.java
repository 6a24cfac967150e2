package dev.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 16: shutdown was one try, so a failure while closing the input, the scheduler or the tray
 * skipped the engine's shutdown, and its last records were never saved.
 */
class ShutdownStepsTest {

  private final List<String> ran = new ArrayList<>();

  @Test
  void aFailingTrayInputOrSchedulerDoesNotSkipTheEngineAndTheDiary() {
    List<String> failed =
        new ShutdownSteps()
            .then(
                "input",
                () -> {
                  ran.add("input");
                  throw new IllegalStateException("the hook would not let go");
                })
            .then(
                "scheduler",
                () -> {
                  ran.add("scheduler");
                  throw new IOException("scheduler");
                })
            .then(
                "tray",
                () -> {
                  ran.add("tray");
                  throw new NoClassDefFoundError("dorkbox/systemTray/SystemTray");
                })
            .then("break engine", () -> ran.add("break engine"))
            .then("database", () -> ran.add("database"))
            .runAll();

    assertEquals(List.of("input", "scheduler", "tray", "break engine", "database"), ran);
    assertEquals(List.of("input", "scheduler", "tray"), failed);
  }

  @Test
  void stepsRunInTheOrderTheyWereAdded() {
    List<String> failed =
        new ShutdownSteps()
            .then("control socket", () -> ran.add("control socket"))
            .then("input", () -> ran.add("input"))
            .then("break engine", () -> ran.add("break engine"))
            .runAll();

    assertEquals(List.of("control socket", "input", "break engine"), ran);
    assertEquals(List.of(), failed);
  }
}
