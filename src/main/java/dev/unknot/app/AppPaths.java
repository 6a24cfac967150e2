package dev.unknot.app;

import dev.dirs.BaseDirectories;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Unknot keeps things, following the XDG base directory rules. */
public record AppPaths(Path dataDir, Path stateDir, Path configDir, Path runtimeDir) {

  public static AppPaths fromEnvironment(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    Path state = base(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("unknot");
    // The runtime folder lives as long as the login session; without one, the state folder will do.
    Path runtime = base(env, "XDG_RUNTIME_DIR", null);
    return new AppPaths(
        base(env, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("unknot"),
        state,
        configDir(env, home),
        runtime == null ? state : runtime.resolve("unknot"));
  }

  /**
   * The XDG rule on Linux and the BSDs; the platform's own place on macOS (Application Support) and
   * Windows (roaming AppData), as directories-jvm finds it.
   */
  private static Path configDir(Map<String, String> env, Path home) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac") || os.contains("win")) {
      return Path.of(BaseDirectories.get().configDir, "Unknot");
    }
    return base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("unknot");
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
