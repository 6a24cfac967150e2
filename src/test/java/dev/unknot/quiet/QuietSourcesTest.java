package dev.unknot.quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unknot.core.QuietDetector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuietSourcesTest {

  private final AtomicLong nanos = new AtomicLong();
  private final QuietSources sources = new QuietSources(nanos::get);
  private final AtomicInteger asked = new AtomicInteger();
  private Optional<String> microphone = Optional.empty();

  private Map<String, QuietDetector> named() {
    Map<String, QuietDetector> named = new LinkedHashMap<>();
    named.put(
        "camera",
        () -> {
          throw new IllegalStateException("no /proc");
        });
    named.put(
        "microphone",
        () -> {
          asked.incrementAndGet();
          return microphone;
        });
    named.put("do-not-disturb", () -> Optional.of("do not disturb is on"));
    return named;
  }

  @Test
  void theFirstSourceWithAReasonHoldsAndOneThatFailsDoesNotStopTheOthers() {
    sources.use(named());
    assertEquals(Optional.of("do not disturb is on"), sources.reason());

    microphone = Optional.of("the microphone is in use by firefox");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
    assertEquals(Optional.of("the microphone is in use by firefox"), sources.reason());
  }

  @Test
  void askedAgainWithinTheRecheckTheAnswerIsKept() {
    sources.use(named());
    sources.reason();
    nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
    sources.reason();
    assertEquals(1, asked.get(), "no new look within 2 s");

    nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
    sources.reason();
    assertEquals(2, asked.get(), "a new look at the next recheck");
  }

  @Test
  void noSourcesNoHold() {
    assertEquals(Optional.empty(), sources.reason());
  }

  @Test
  void aSourceThatHeldAndThenFailsToAnswerKeepsItsReasonForAWhile() {
    boolean[] fails = {false};
    Map<String, QuietDetector> named = new LinkedHashMap<>();
    named.put(
        "microphone",
        () -> {
          if (fails[0]) {
            throw new IllegalStateException("pactl did not answer within 2 s");
          }
          return Optional.of("the microphone is in use by firefox");
        });
    sources.use(named);
    assertEquals(Optional.of("the microphone is in use by firefox"), sources.reason());

    fails[0] = true;
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
    assertEquals(Optional.of("the microphone is in use by firefox"), sources.reason(), "a hiccup");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
    assertEquals(Optional.empty(), sources.reason(), "a source that keeps failing holds nothing");
  }

  /** Regression test for QuietE2E's slow prompt: sources asked in turn delayed it by their sum. */
  @Test
  void theSourcesAreAskedAtOnceNotInTurn() {
    CyclicBarrier allAsking = new CyclicBarrier(3);
    Map<String, QuietDetector> named = new LinkedHashMap<>();
    for (String name : new String[] {"camera", "microphone", "do-not-disturb"}) {
      named.put(
          name,
          () -> {
            try {
              // Passes only if all three are being asked at the same time.
              allAsking.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
              throw new IllegalStateException("asked in turn", e);
            }
            return name.equals("do-not-disturb") ? Optional.of("dnd") : Optional.empty();
          });
    }
    sources.use(named);

    assertEquals(Optional.of("dnd"), sources.reason());
  }

  @Test
  void aLongHoldAsksOnlyTheSourcesUpToTheOneThatHolds() {
    AtomicInteger later = new AtomicInteger();
    Map<String, QuietDetector> named = new LinkedHashMap<>();
    named.put("focused window", () -> Optional.of("a window is full screen"));
    named.put(
        "microphone",
        () -> {
          later.incrementAndGet();
          return Optional.empty();
        });
    sources.use(named);
    sources.reason(); // the first look asks everything
    for (int i = 0; i < 5; i++) {
      nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
      assertEquals(Optional.of("a window is full screen"), sources.reason());
    }

    assertEquals(1, later.get(), "the microphone is not asked while the window holds");
  }

  /**
   * Regression test for break-now taking over 10 s: the bus sources asked for the session bus on
   * the askers' threads while the asking held the lock that the bus was behind.
   */
  @Test
  void sourcesThatNeedTheBusAreNotHeldUpByTheAsking() {
    Map<String, QuietDetector> named = new LinkedHashMap<>();
    named.put("do-not-disturb", sources.doNotDisturb());
    named.put("idle inhibitors", sources.idleInhibitors());
    sources.use(named);

    sources.reason();

    assertEquals(0, sources.unanswered.get(), "every source answered");
  }
}
