package dev.unknot.config;

import dev.unknot.platform.AppPaths;
import java.nio.file.Path;
import java.util.Map;

/** Which config file Unknot reads, and why that one. */
public record ConfigLocation(Path file, Source source) {

  public enum Source {
    OPTION("given with --config"),
    ENVIRONMENT("from $UNKNOT_CONFIG"),
    DEFAULT("the default location");

    final String why;

    Source(String why) {
      this.why = why;
    }
  }

  /** --config FILE, else $UNKNOT_CONFIG, else the platform's config folder. */
  public static ConfigLocation resolve(Path option, Map<String, String> env, AppPaths paths) {
    if (option != null) {
      return new ConfigLocation(option, Source.OPTION);
    }
    String fromEnv = env.get("UNKNOT_CONFIG");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new ConfigLocation(Path.of(fromEnv), Source.ENVIRONMENT);
    }
    return new ConfigLocation(paths.userConfig(), Source.DEFAULT);
  }

  public String why() {
    return source.why;
  }
}
