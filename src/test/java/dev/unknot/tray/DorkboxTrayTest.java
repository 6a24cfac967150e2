package dev.unknot.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
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
}
