package dev.unknot.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNOME 48's own break reminders (movement, eyesight), from its org.gnome.desktop.break-reminders
 * settings: where they are on as well, the user would be reminded twice.
 */
final class GnomeBreakReminders {

  static final String SCHEMA = "org.gnome.desktop.break-reminders";
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private GnomeBreakReminders() {}

  /**
   * The reminders GNOME has on ("movement", "eyesight"); empty where they are all off, where the
   * desktop has no such schema (GNOME before 48, other desktops) or gsettings cannot be run.
   */
  static List<String> selected(Map<String, String> env) {
    return gsettings(env, "get", SCHEMA, "selected-breaks")
        .map(GnomeBreakReminders::parse)
        .orElse(List.of());
  }

  static List<String> parse(String gvariant) {
    List<String> names = new ArrayList<>();
    Matcher m = QUOTED.matcher(gvariant);
    while (m.find()) {
      names.add(m.group(1));
    }
    return List.copyOf(names);
  }

  private static Optional<String> gsettings(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of("gsettings"));
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
      builder.environment().putAll(env);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = builder.start();
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // Exit status 1 with "No such schema" where GNOME has no break reminders.
      return p.exitValue() == 0 ? Optional.of(out.strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no gsettings: not a GNOME desktop
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
