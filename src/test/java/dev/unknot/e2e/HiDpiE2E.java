package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt at GDK_SCALE=2 on a HiDPI laptop panel (2560x1600 pixels, 1280x800 points). */
class HiDpiE2E extends DaemonOnDesktop {

  HiDpiE2E(HiDpiDesktop hiDpi, @TempDir Path home) {
    super(hiDpi.desktop(), home);
  }

  @Test
  void atTwiceThePixelsTheCardIsTwiceAsLargeAndWhollyOnScreen() throws Exception {
    unknot.setEnv("GDK_SCALE", "2");
    unknot.start(LookE2E.config("light", ""));
    String prompt = LookE2E.showBreak(desktop, unknot, "micro", LookE2E.MICRO);
    desktop.screenshot(LookE2E.SCREENSHOTS.resolve("hidpi-prompt.png"));
    Rectangle bounds = desktop.geometry(prompt);
    assertEquals(840, bounds.width, "420 points at scale 2: " + bounds);
    assertTrue(bounds.x >= 0 && bounds.y >= 0 && bounds.x + bounds.width <= 2560, "" + bounds);
    assertTrue(bounds.y + bounds.height <= 1600, "" + bounds);
  }
}
