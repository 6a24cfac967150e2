package dev.unknot.config;

import dev.unknot.core.i18n.Messages;
import dev.unknot.platform.AppPaths;
import java.nio.file.Path;
import java.util.Map;

/** Which config file Unknot reads, and why that one. */
public record ConfigLocation(Path file, Source source) {

  public enum Source {
    // not translated: for the log, which stays English; reason() is for a person
    OPTION("given with --config"),
    // not translated: for the log
    ENVIRONMENT("from $UNKNOT_CONFIG"),
    // not translated: for the log
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

  /** Why this file, in English, for the log. */
  public String why() {
    return source.why;
  }

  /** Why this file, in the user's language. */
  public String reason() {
    return switch (source) {
      case OPTION -> Messages.get("config.location.option", "--config");
      case ENVIRONMENT -> Messages.get("config.location.environment", "$UNKNOT_CONFIG");
      case DEFAULT -> Messages.get("config.location.default");
    };
  }
}
