package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the engine for the tray and the command line.
 *
 * @param openBreak the break on screen now, if any
 * @param idle true once the user has paused for at least the idle threshold
 * @param pausedUntil when a pause the user asked for ends, if one is on
 * @param why why micro-breaks come sooner than the config says, while they do
 * @param upcoming a break announced by the heads-up, or due and waiting for the user's pause
 * @param onScreen whether the open break's prompt is on screen (not waiting or held)
 * @param held whether {@code why} says what holds the open break back (a lock, a meeting, a full
 *     screen), in whichever language, rather than why breaks come sooner
 */
public record EngineStatus(
    List<Timer> timers,
    Optional<BreakType> openBreak,
    boolean idle,
    Optional<Instant> pausedUntil,
    Optional<String> why,
    Optional<Upcoming> upcoming,
    boolean onScreen,
    boolean held) {

  /**
   * What holds the open break back, in the current language, as in "the camera is in use by zoom";
   * empty while nothing does.
   */
  public Optional<String> heldReason() {
    if (!held) {
      return Optional.empty();
    }
    String prefix = Messages.get("status.heldWhile", "");
    return why.map(w -> w.startsWith(prefix) ? w.substring(prefix.length()) : w);
  }

  public EngineStatus(
      List<Timer> timers,
      Optional<BreakType> openBreak,
      boolean idle,
      Optional<Instant> pausedUntil,
      Optional<String> why,
      Optional<Upcoming> upcoming,
      boolean onScreen) {
    this(timers, openBreak, idle, pausedUntil, why, upcoming, onScreen, false);
  }

  public EngineStatus(
      List<Timer> timers,
      Optional<BreakType> openBreak,
      boolean idle,
      Optional<Instant> pausedUntil,
      Optional<String> why) {
    this(timers, openBreak, idle, pausedUntil, why, Optional.empty(), openBreak.isPresent());
  }

  /** Where a break stands before its prompt shows. */
  public enum Stage {
    /** The heads-up card says it is coming. */
    HEADS_UP,
    /** It is due and shows at the user's first short pause, or once the wait runs out. */
    WAITING_FOR_PAUSE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param exercise the id of the exercise the break will have
   */
  public record Upcoming(BreakType type, String exercise, Stage stage) {}

  /**
   * @param active active time counted towards the next break of this type
   */
  public record Timer(BreakType type, boolean enabled, Duration active, Duration interval) {

    /** Active time still to go before the break falls due; zero once it has. */
    public Duration untilDue() {
      Duration left = interval.minus(active);
      return left.isNegative() ? Duration.ZERO : left;
    }
  }

  /** Where the open break stands. */
  public enum Standing {
    /** Its prompt is on screen, or about to be. */
    NOW,
    /** Something holds it back: a meeting, a full screen, the camera ({@link #heldReason()}). */
    HELD,
    /** It is due and starts at the user's next short pause, or once the wait runs out. */
    AT_NEXT_PAUSE
  }

  /** Where the open break stands; empty while none is open. */
  public Optional<Standing> standing() {
    if (openBreak.isEmpty()) {
      return Optional.empty();
    }
    if (held) {
      return Optional.of(Standing.HELD);
    }
    boolean waiting =
        upcoming
            .filter(u -> u.type() == openBreak.get() && u.stage() == Stage.WAITING_FOR_PAUSE)
            .isPresent();
    return Optional.of(waiting ? Standing.AT_NEXT_PAUSE : Standing.NOW);
  }

  /**
   * The open break in words, as the status line starts: "A micro-break now", "Micro-break held: in
   * a meeting until 14:30", "Micro-break at your next pause"; empty while none is open.
   */
  public Optional<String> openBreakLine() {
    return openBreak.map(
        type ->
            held
                ? Messages.get(
                    type == BreakType.MICRO ? "status.open.micro.held" : "status.open.rest.held",
                    heldReason().orElse(""))
                : Messages.get(part(true, type, standing())));
  }

  /** What the tray icon shows. */
  public enum Phase {
    COUNTING,
    BREAK,
    PAUSED
  }

  public Phase phase() {
    if (openBreak.isPresent()) {
      return Phase.BREAK;
    }
    return pausedUntil.isPresent() ? Phase.PAUSED : Phase.COUNTING;
  }

  /**
   * One line for the tray and the command line: "Next micro-break in 7 min · rest in 32 min", with
   * the reason in brackets while micro-breaks come sooner or a break is held.
   */
  public String summary(ZoneId zone) {
    String timing = timing(zone);
    return why.isPresent() && !pausedUntil.isPresent() ? timing + " (" + why.get() + ")" : timing;
  }

  /**
   * The summary without the reason: "Next micro-break in 7 min · rest in 32 min"; the open break as
   * it stands: "A micro-break now", "Micro-break held", "Micro-break at your next pause".
   */
  public String timing(ZoneId zone) {
    if (pausedUntil.isPresent()) {
      return Messages.get(
          "status.pausedUntil",
          DateTimeFormatter.ofPattern(Messages.get("time.hoursMinutes"), Messages.locale())
              .format(pausedUntil.get().atZone(zone)));
    }
    List<String> parts = new ArrayList<>();
    for (Timer t : timers) {
      if (!t.enabled()) {
        continue;
      }
      // The first part carries "Next", which agrees with the break's name in some languages.
      boolean open = openBreak.equals(Optional.of(t.type()));
      Optional<Standing> standing = open ? standing() : Optional.empty();
      parts.add(Messages.get(part(parts.isEmpty(), t.type(), standing), minutes(t.untilDue())));
    }
    if (parts.isEmpty()) {
      return Messages.get("status.off");
    }
    return String.join(" · ", parts);
  }

  /** The key of one break's part, as in "status.first.micro.held"; its one argument follows. */
  private static String part(boolean first, BreakType type, Optional<Standing> standing) {
    String when =
        standing
            .map(
                s ->
                    switch (s) {
                      case NOW -> "now";
                      case HELD -> "held";
                      case AT_NEXT_PAUSE -> "atPause";
                    })
            .orElse("in");
    // not translated: a key
    return "status." + (first ? "first" : "later") + "." + type.id() + "." + when;
  }

  private static String minutes(Duration d) {
    long minutes = (d.toSeconds() + 59) / 60;
    return Messages.get("status.minutes", minutes);
  }

  public Timer timer(BreakType type) {
    return timers.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }
}
