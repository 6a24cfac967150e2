package dev.unknot.core;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records every show and close with the second it happened at, relative to a start instant. */
final class RecordingPrompter implements BreakPrompter {

  private final Clock clock;
  private final Instant start;
  private final List<String> timeline = new ArrayList<>();
  private final List<BreakPrompt> shown = new ArrayList<>();
  private BreakPrompt open;
  private Duration remaining;
  private Countdown state;
  private final List<String> headsUps = new ArrayList<>();
  private final List<Countdown> states = new ArrayList<>();
  private HeadsUp headsUp;

  RecordingPrompter(Clock clock, Instant start) {
    this.clock = clock;
    this.start = start;
  }

  @Override
  public void show(BreakPrompt prompt) {
    if (open != null) {
      throw new AssertionError("show while prompt " + open.id() + " is still open");
    }
    open = prompt;
    shown.add(prompt);
    timeline.add(second() + " show " + prompt.type().id());
  }

  @Override
  public void progress(long promptId, Duration remaining, Countdown state) {
    if (open == null || open.id() != promptId) {
      throw new AssertionError("progress for prompt " + promptId + " which is not open");
    }
    this.remaining = remaining;
    this.state = state;
    if (states.isEmpty() || states.get(states.size() - 1) != state) {
      states.add(state);
    }
  }

  @Override
  public void headsUp(HeadsUp headsUp) {
    this.headsUp = headsUp;
    headsUps.add(
        second()
            + " heads-up "
            + headsUp.type().id()
            + " "
            + headsUp.exercise().id()
            + headsUp.in().map(d -> " in " + d.toSeconds() + "s").orElse(" waiting"));
  }

  @Override
  public void closeHeadsUp() {
    if (headsUp == null) {
      throw new AssertionError("close of a heads-up that is not shown");
    }
    headsUp = null;
    headsUps.add(second() + " heads-up close");
  }

  @Override
  public void close(long promptId) {
    if (open == null || open.id() != promptId) {
      throw new AssertionError("close of prompt " + promptId + " which is not open");
    }
    open = null;
    timeline.add(second() + " close");
  }

  /** Whole seconds as "68", others as "68.5". */
  private String second() {
    return BigDecimal.valueOf(Duration.between(start, clock.instant()).toMillis(), 3)
        .stripTrailingZeros()
        .toPlainString();
  }

  BreakPrompt open() {
    return open;
  }

  List<String> timeline() {
    return timeline;
  }

  List<BreakPrompt> shown() {
    return shown;
  }

  Duration remaining() {
    return remaining;
  }

  boolean counting() {
    return state == Countdown.COUNTING;
  }

  Countdown state() {
    return state;
  }

  /** Each change of the countdown's state, in order, from the first prompt on. */
  List<Countdown> states() {
    return states;
  }

  /** Heads-up cards shown, changed and closed, with their seconds. */
  List<String> headsUps() {
    return headsUps;
  }

  HeadsUp headsUp() {
    return headsUp;
  }
}
