package dev.unknot.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Unknot keeps things: the XDG base directory rules on Linux and the BSDs, Application
 * Support on macOS, and AppData on Windows.
 */
public record AppPaths(Path dataDir, Path stateDir, Path configDir, Path runtimeDir) {

  public static AppPaths fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, OperatingSystem.current());
  }

  static AppPaths fromEnvironment(Map<String, String> env, OperatingSystem os) {
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    return switch (os) {
      case MAC -> {
        Path support = home.resolve("Library/Application Support/Unknot");
        yield new AppPaths(support, support.resolve("state"), support, support.resolve("state"));
      }
      case WINDOWS -> {
        // Roaming AppData follows the user between machines; the database stays on this one.
        Path roaming = base(env, "APPDATA", home.resolve("AppData/Roaming")).resolve("Unknot");
        Path local = base(env, "LOCALAPPDATA", home.resolve("AppData/Local")).resolve("Unknot");
        yield new AppPaths(local, local.resolve("state"), roaming, local.resolve("state"));
      }
      case LINUX, OTHER_UNIX -> {
        Path state = base(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("unknot");
        // The runtime folder lives as long as the login session; without one, state will do.
        Path runtime = base(env, "XDG_RUNTIME_DIR", null);
        yield new AppPaths(
            base(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("unknot"),
            state,
            base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("unknot"),
            runtime == null ? state : runtime.resolve("unknot"));
      }
    };
  }

  /** The spec says to ignore relative paths in these variables. */
  private static Path base(Map<String, String> env, String variable, Path fallback) {
    String value = env.get(variable);
    if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
      return fallback;
    }
    return Path.of(value);
  }

  public Path database() {
    return dataDir.resolve("unknot.db");
  }

  public Path controlSocket() {
    return runtimeDir.resolve("control.sock");
  }

  public Path instanceLock() {
    return runtimeDir.resolve("unknot.lock");
  }

  public Path userConfig() {
    return configDir.resolve("config.toml");
  }
}
