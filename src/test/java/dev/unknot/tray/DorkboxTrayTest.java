package dev.unknot.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.BreakType;
import dev.unknot.core.DueBreaks;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the tray settles before dorkbox runs; the tray itself is tested on a desktop (TrayE2E). */
class DorkboxTrayTest {

  @Test
  void dorkboxUpdateCheckIsOffOnceTheTrayClassIsLoaded() throws Exception {
    Class.forName(DorkboxTray.class.getName(), true, DorkboxTray.class.getClassLoader());

    assertFalse(dorkbox.updates.Updates.INSTANCE.getENABLE(), "dorkbox would phone home");
    assertEquals("false", System.getProperty("dorkbox.updates.Updates.ENABLE"));
  }

  @Test
  void theTrayIconIsGtksTwentyFourPixelsTimesTheDesktopScale() {
    assertEquals(24, DorkboxTray.trayIconSize(Map.of(), 96));
    assertEquals(24, DorkboxTray.trayIconSize(Map.of(), 100));
    assertEquals(48, DorkboxTray.trayIconSize(Map.of(), 192));
    assertEquals(48, DorkboxTray.trayIconSize(Map.of("GDK_SCALE", "2"), 96));
    assertEquals(24, DorkboxTray.trayIconSize(Map.of("GDK_SCALE", "1"), 192));
    assertEquals(24, DorkboxTray.trayIconSize(Map.of("GDK_SCALE", "1.5"), 96));
  }

  @Test
  void theTooltipSaysWhatHoldsABreak() {
    assertEquals(
        "Unknot: Micro-break held: the microphone is in use by firefox",
        DorkboxTray.tooltip(
            DueBreaks.heldWhile(BreakType.MICRO, "the microphone is in use by firefox"),
            ZoneId.of("UTC")));
  }

  /** The defect: "A micro-break now" while the break waited for the user's first pause. */
  @Test
  void theTooltipSaysABreakWaitingForThePauseComesAtIt() {
    assertEquals(
        "Unknot: Micro-break at your next pause",
        DorkboxTray.tooltip(DueBreaks.atNextPause(BreakType.MICRO), ZoneId.of("UTC")));
  }

  @Test
  void aTooltipLongerThanDorkboxsSixtyFourCharactersIsCutNotThrown() {
    String tip =
        DorkboxTray.tooltip(
            DueBreaks.heldWhile(
                BreakType.MICRO, "the microphone is in use by Google Chrome Helper (Renderer)"),
            ZoneId.of("UTC"));
    assertEquals(DorkboxTray.TOOLTIP_MAX, tip.length());
    assertTrue(tip.endsWith("…"), tip);
  }

  @Test
  void gtkThatCannotOpenTheDisplayAtFirstIsAskedAgain() {
    AtomicInteger asked = new AtomicInteger();
    assertTrue(
        DorkboxTray.gtkOpensTheDisplay(() -> asked.incrementAndGet() == 3, 5, Duration.ZERO));
    assertEquals(3, asked.get());
  }

  @Test
  void gtkThatNeverOpensTheDisplayMeansNoTrayNotADeadDaemon() {
    AtomicInteger asked = new AtomicInteger();
    assertFalse(
        DorkboxTray.gtkOpensTheDisplay(
            () -> {
              asked.incrementAndGet();
              return false;
            },
            5,
            Duration.ZERO));
    assertEquals(5, asked.get());
  }

  @Test
  void gtkInitCrashedTheJvmWhileDorkboxWentOnLoadingTheIndicatorSoItsLoopRunsATaskFirst()
      throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();
    ExecutorService loop = Executors.newSingleThreadExecutor();
    try {
      boolean running =
          DorkboxTray.gtkLoopRunsFirst(
              () -> order.add("loop started"),
              task ->
                  loop.execute(
                      () -> {
                        order.add("gtk_init_check done");
                        task.run();
                      }),
              Duration.ofMinutes(1));
      order.add("dorkbox goes on");
      assertTrue(running);
      assertEquals(List.of("loop started", "gtk_init_check done", "dorkbox goes on"), order);
    } finally {
      loop.shutdownNow();
    }
  }

  @Test
  void aGtkLoopThatNeverRunsMeansNoTrayNotAHungStart() {
    assertFalse(DorkboxTray.gtkLoopRunsFirst(() -> {}, task -> {}, Duration.ZERO));
  }
}
