package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every source of a hold, asked in order; the first that has a reason holds the break. The engine
 * asks only while a break waits to show, every 2 s; answers are kept for a little under that, so
 * that `status` asked in between costs no new look at /proc or the sound server.
 *
 * <p>A source that cannot answer (no pactl, no sound server, no such D-Bus service) is named once
 * in the log and counts as "no reason"; the others carry on.
 */
public final class QuietSources implements QuietDetector, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(QuietSources.class);

  /** Answers are reused for this long: just under the engine's 2 s recheck. */
  static final long KEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1900);

  private final LongSupplier nanos;

  /**
   * A source that held the break and then fails to answer (pactl slow on a loaded machine) keeps
   * its last reason this long: a hiccup must not drop a prompt over a call.
   */
  static final long STICKY_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final Set<String> failing = new HashSet<>();
  private final Map<String, Optional<String>> lastReason = new java.util.HashMap<>();
  private final Map<String, Long> lastReasonAt = new java.util.HashMap<>();
  private volatile Map<String, QuietDetector> sources = Map.of();
  private Optional<String> kept = Optional.empty();
  private long keptAt;
  private boolean anyKept;
  private SessionBus bus;
  private boolean noBus;

  public QuietSources() {
    this(System::nanoTime);
  }

  QuietSources(LongSupplier nanos) {
    this.nanos = nanos;
  }

  /** The sources in the order they are asked, by name; a new set takes effect at once. */
  public synchronized void use(Map<String, QuietDetector> named) {
    sources = new LinkedHashMap<>(named);
    anyKept = false;
  }

  /** The camera source, where this system has a /proc to scan. */
  public static Optional<QuietDetector> camera() {
    return ProcCameraDetector.forThisUser().map(d -> d);
  }

  public static QuietDetector microphone() {
    return new PactlMicrophoneDetector();
  }

  public QuietDetector doNotDisturb() {
    return new DoNotDisturbDetector(this::bus);
  }

  public QuietDetector idleInhibitors() {
    return new IdleInhibitDetector(this::bus);
  }

  @Override
  public synchronized Optional<String> reason() {
    long now = nanos.getAsLong();
    if (anyKept && now - keptAt < KEEP_NANOS) {
      return kept;
    }
    kept = ask(now);
    keptAt = now;
    anyKept = true;
    return kept;
  }

  private Optional<String> ask(long now) {
    for (Map.Entry<String, QuietDetector> source : sources.entrySet()) {
      try {
        Optional<String> reason = source.getValue().reason();
        lastReason.put(source.getKey(), reason);
        lastReasonAt.put(source.getKey(), now);
        if (failing.remove(source.getKey())) {
          LOG.info("quiet: {} can be seen again", source.getKey());
        }
        if (reason.isPresent()) {
          return reason;
        }
      } catch (RuntimeException e) {
        if (failing.add(source.getKey())) {
          LOG.warn(
              "quiet: cannot tell whether the {} holds breaks ({}); the other sources carry on",
              source.getKey(),
              e.getMessage());
        }
        Optional<String> last = lastReason.getOrDefault(source.getKey(), Optional.empty());
        if (last.isPresent() && now - lastReasonAt.get(source.getKey()) < STICKY_NANOS) {
          return last;
        }
      }
    }
    return Optional.empty();
  }

  /** The session bus, connected at the first need; null, said once, where there is none. */
  private synchronized SessionBus bus() {
    if (bus == null && !noBus) {
      try {
        bus = SessionBus.connect();
      } catch (IllegalStateException e) {
        noBus = true;
        LOG.warn("quiet: {}; do-not-disturb and idle inhibitors are not seen", e.getMessage());
      }
    }
    return bus;
  }

  @Override
  public synchronized void close() {
    if (bus != null) {
      bus.close();
      bus = null;
    }
  }
}
