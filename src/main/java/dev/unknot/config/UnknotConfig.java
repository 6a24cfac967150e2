package dev.unknot.config;

import dev.unknot.core.CheckInSettings;
import dev.unknot.core.DailyLimit;
import dev.unknot.core.EngineSettings;
import dev.unknot.core.Exercise;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The effective configuration: the user's file laid over the shipped defaults.
 *
 * @param exercises the exercises breaks rotate through: the listed ones and the custom ones
 * @param recordActivityCounts false keeps only active time, not keyboard and mouse counts
 */
public record UnknotConfig(
    EngineSettings engine,
    CheckInSettings checkIn,
    List<Exercise> exercises,
    Summary summary,
    boolean recordActivityCounts,
    Focus focus,
    Quiet quiet,
    DailyLimit dailyLimit,
    Ui ui) {

  /**
   * How Unknot's windows look and sound.
   *
   * @param theme light or dark, or as the desktop says
   * @param restStyle a card alone, or a card over dimmed screens, for the rest break
   * @param sound a chime when a break's countdown ends
   * @param language the language of every window and message, or as the environment says
   */
  public record Ui(Theme theme, RestStyle restStyle, boolean sound, Language language) {}

  /** The languages a user can choose; {@code SYSTEM} follows LC_ALL, LC_MESSAGES and LANG. */
  public enum Language {
    SYSTEM("system"),
    EN("en"),
    DE("de"),
    FR("fr"),
    ES("es"),
    PT_BR("pt-BR"),
    IT("it");

    private final String id;

    Language(String id) {
      this.id = id;
    }

    /** As written in config.toml: "system", or a language tag such as "pt-BR". */
    public String id() {
      return id;
    }
  }

  /** The windows' colours: as the desktop prefers, or always light or dark. */
  public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How the rest break is shown: the card alone, or the card over every monitor dimmed. */
  public enum RestStyle {
    CARD,
    DIM;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * When prompts wait.
   *
   * @param fullscreen while the focused window is full screen
   * @param apps while the focused window belongs to one of these (window class or process name)
   * @param camera while a process of the user's has a camera device open
   * @param microphone while an application records from a microphone
   * @param doNotDisturb while the desktop's do-not-disturb is on
   * @param idleInhibitors while an application keeps the session from going idle
   * @param maxHold the longest a break waits; then one notification stands in for it
   */
  public record Quiet(
      boolean fullscreen,
      List<String> apps,
      boolean camera,
      boolean microphone,
      boolean doNotDisturb,
      boolean idleInhibitors,
      Duration maxHold) {
    public Quiet {
      apps = List.copyOf(apps);
    }
  }

  /**
   * How active knots and the mouse hand shape the breaks.
   *
   * @param onKnots favour the exercises that work on an active knot's area
   * @param tightenBreaks micro-breaks come sooner while a knot is active, by {@code tightenFactor}
   * @param mouseNudge mouse-heavy stretches end with "switch mouse hand"
   * @param massageReminders ball-massage reminders a day while a knot is active
   */
  public record Focus(
      boolean onKnots,
      boolean tightenBreaks,
      double tightenFactor,
      boolean mouseNudge,
      int massageReminders) {}

  /**
   * When the weekly summary comes.
   *
   * @param notifications false: no notification; the tray and `unknot summary` still show it
   */
  public record Summary(DayOfWeek day, LocalTime time, boolean notifications) {}
}
