package dev.unknot.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

  @Test
  void linuxFollowsTheXdgVariablesAndIgnoresRelativeOnes() {
    AppPaths paths =
        AppPaths.fromEnvironment(
            Map.of(
                "HOME", "/home/ada",
                "XDG_DATA_HOME", "/data",
                "XDG_CONFIG_HOME", "relative/config",
                "XDG_RUNTIME_DIR", "/run/user/1000"),
            OperatingSystem.LINUX);

    assertEquals(Path.of("/data/unknot/unknot.db"), paths.database());
    assertEquals(Path.of("/home/ada/.config/unknot/config.toml"), paths.userConfig());
    assertEquals(Path.of("/home/ada/.local/state/unknot"), paths.stateDir());
    assertEquals(Path.of("/run/user/1000/unknot/control.sock"), paths.controlSocket());
  }

  @Test
  void withoutARuntimeFolderTheSocketLivesInTheStateFolder() {
    AppPaths paths = AppPaths.fromEnvironment(Map.of("HOME", "/home/ada"), OperatingSystem.LINUX);

    assertEquals(Path.of("/home/ada/.local/state/unknot/control.sock"), paths.controlSocket());
  }

  @Test
  void macOsKeepsEverythingInApplicationSupport() {
    AppPaths paths = AppPaths.fromEnvironment(Map.of("HOME", "/Users/ada"), OperatingSystem.MAC);

    Path support = Path.of("/Users/ada/Library/Application Support/Unknot");
    assertEquals(support.resolve("unknot.db"), paths.database());
    assertEquals(support.resolve("config.toml"), paths.userConfig());
    assertEquals(support.resolve("state/control.sock"), paths.controlSocket());
  }

  @Test
  void windowsRoamsTheConfigAndKeepsTheDatabaseLocal() {
    AppPaths paths =
        AppPaths.fromEnvironment(
            Map.of(
                "HOME",
                "/home/ada",
                "APPDATA",
                "/appdata/roaming",
                "LOCALAPPDATA",
                "/appdata/local"),
            OperatingSystem.WINDOWS);

    assertEquals(Path.of("/appdata/local/Unknot/unknot.db"), paths.database());
    assertEquals(Path.of("/appdata/roaming/Unknot/config.toml"), paths.userConfig());
    assertEquals(Path.of("/appdata/local/Unknot/state/control.sock"), paths.controlSocket());
  }

  @Test
  void systemNamesAreRecognised() {
    assertEquals(OperatingSystem.LINUX, OperatingSystem.of("Linux"));
    assertEquals(OperatingSystem.MAC, OperatingSystem.of("Mac OS X"));
    assertEquals(OperatingSystem.WINDOWS, OperatingSystem.of("Windows 11"));
    assertEquals(OperatingSystem.OTHER_UNIX, OperatingSystem.of("FreeBSD"));
  }
}
