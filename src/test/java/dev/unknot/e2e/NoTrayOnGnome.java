package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** GNOME Shell as installed, without the AppIndicator extension: no tray host at all. */
class NoTrayOnGnome {

  @Test
  void theNoticeSaysHowToTurnTheExtensionOnAndBreaksStillCome(@TempDir Path home, TestInfo test)
      throws Exception {
    try (GnomeSession gnome = GnomeExtension.start(false);
        UnknotProcess unknot = new UnknotProcess(home, gnome.desktop().env())) {
      unknot.start(DaemonOnGnome.QUIET);
      assertTrue(
          Desktop.await(
              DaemonOnGnome.LOADED,
              () -> gnome.desktop().window("Unknot: no system tray").isPresent()),
          "the no-tray notice");
      Path notice = DaemonOnGnome.SCREENSHOTS.resolve("no-tray-notice.png");
      assertTrue(
          gnome.screenshotShowing("Unknot: no system tray", notice, DaemonOnGnome.LOADED),
          "the shell shows the notice painted; see " + notice);
      assertTrue(unknot.logContains("No system tray found"));
      assertEquals("A micro-break is on screen.\n", unknot.cli("break-now").out());
      assertTrue(
          Desktop.await(
              DaemonOnGnome.LOADED,
              () -> gnome.desktop().window("Unknot: micro-break").isPresent()));
      assertTrue(unknot.isAlive());
      unknot.close();
      DaemonOnGnome.keepLog(unknot, test);
      assertTrue(!Files.readString(unknot.logFile()).contains("tray: "), "no tray was started");
    }
  }
}
