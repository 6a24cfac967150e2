package dev.unknot.config;

import java.util.List;

/** A config file that cannot be used, with every problem found, each as FILE:LINE:COLUMN. */
public final class ConfigException extends Exception {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
