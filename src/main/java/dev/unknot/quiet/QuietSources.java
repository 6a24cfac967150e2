package dev.unknot.quiet;

import dev.unknot.core.QuietDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** Each source promises an answer within 2 s; this is the last word on a stuck one. */
  static final long ANSWER_WITHIN_SECONDS = 5;

  private final ExecutorService askers =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "unknot-quiet-source");
            thread.setDaemon(true);
            return thread;
          });
  private String holder;

  /** Answers given up on: a source stuck, or one waiting for a lock held by the asking. */
  final AtomicInteger unanswered = new AtomicInteger();

  private final Set<String> failing = new HashSet<>();
  private final Map<String, Optional<String>> lastReason = new java.util.HashMap<>();
  private final Map<String, Long> lastReasonAt = new java.util.HashMap<>();
  private volatile Map<String, QuietDetector> sources = Map.of();
  private Optional<String> kept = Optional.empty();
  private long keptAt;
  private boolean anyKept;
  private final Object busLock = new Object();
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

  /**
   * The sources are asked at once rather than in turn: each may start a program (pactl, gsettings),
   * and one after another they would delay the prompt at the end of a hold by their sum. During a
   * hold only the source that holds and those before it are asked, so a long hold by the full
   * screen costs no sound-server call every 2 s.
   */
  private Optional<String> ask(long now) {
    List<Map.Entry<String, QuietDetector>> order = new ArrayList<>(sources.entrySet());
    int upTo = order.size();
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).getKey().equals(holder)) {
        upTo = i + 1;
      }
    }
    Optional<String> reason = askAtOnce(order.subList(0, upTo), now);
    if (reason.isEmpty() && upTo < order.size()) {
      reason = askAtOnce(order.subList(upTo, order.size()), now);
    }
    return reason;
  }

  /** The first reason in order among these sources, all asked together; remembers who held. */
  private Optional<String> askAtOnce(List<Map.Entry<String, QuietDetector>> some, long now) {
    List<Future<Optional<String>>> answers = new ArrayList<>();
    for (Map.Entry<String, QuietDetector> source : some) {
      answers.add(askers.submit(() -> answer(source.getKey(), source.getValue(), now)));
    }
    holder = null;
    Optional<String> first = Optional.empty();
    for (int i = 0; i < some.size(); i++) {
      Optional<String> reason = await(some.get(i).getKey(), answers.get(i));
      if (first.isEmpty() && reason.isPresent()) {
        first = reason;
        holder = some.get(i).getKey();
      }
    }
    return first;
  }

  private Optional<String> await(String name, Future<Optional<String>> answer) {
    try {
      return answer.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (TimeoutException e) {
      answer.cancel(true);
      unanswered.incrementAndGet();
      LOG.warn("quiet: the {} did not answer within {} s", name, ANSWER_WITHIN_SECONDS);
      return Optional.empty();
    } catch (ExecutionException e) {
      LOG.warn("quiet: the {} failed: {}", name, e.getCause().toString());
      return Optional.empty();
    }
  }

  /** One source's answer; a failure is said once, and a source that just held keeps holding. */
  private Optional<String> answer(String name, QuietDetector source, long now) {
    try {
      Optional<String> reason = source.reason();
      synchronized (lastReason) {
        lastReason.put(name, reason);
        lastReasonAt.put(name, now);
        if (failing.remove(name)) {
          LOG.info("quiet: {} can be seen again", name);
        }
      }
      return reason;
    } catch (RuntimeException e) {
      synchronized (lastReason) {
        if (failing.add(name)) {
          LOG.warn(
              "quiet: cannot tell whether the {} holds breaks ({}); the other sources carry on",
              name,
              e.getMessage());
        }
        Optional<String> last = lastReason.getOrDefault(name, Optional.empty());
        if (last.isPresent() && now - lastReasonAt.get(name) < STICKY_NANOS) {
          return last;
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The session bus, connected at the first need; null, said once, where there is none. Its own
   * lock: sources ask for it from the askers' threads while {@link #reason} holds this object's.
   */
  private SessionBus bus() {
    synchronized (busLock) {
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
  }

  @Override
  public synchronized void close() {
    askers.shutdownNow();
    synchronized (busLock) {
      if (bus != null) {
        bus.close();
        bus = null;
      }
    }
  }
}
