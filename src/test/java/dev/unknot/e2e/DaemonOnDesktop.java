package dev.unknot.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A test that runs the packaged Unknot on the shared headless desktop, in its own folders. */
@ExtendWith(DesktopExtension.class)
abstract class DaemonOnDesktop {

  final Desktop desktop;
  final UnknotProcess unknot;

  DaemonOnDesktop(Desktop desktop, @TempDir Path home) {
    this.desktop = desktop;
    this.unknot = new UnknotProcess(home, desktop.env());
  }

  @AfterEach
  void stopUnknot() throws InterruptedException {
    unknot.close();
    assertFalse(unknot.isAlive(), "the daemon outlived its test");
  }
}
