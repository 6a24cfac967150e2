package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meeting mode's end, extensions and the "meeting over" question, on a fake clock. */
class MeetingTest {

  private static final Instant START = Instant.parse("2026-11-16T13:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // 14:00 there

  private final MutableClock clock = new MutableClock(START, ZONE);
  private final Meeting meeting = new Meeting(clock);

  private Instant at(long seconds) {
    return START.plusSeconds(seconds);
  }

  @Test
  void noMeetingHoldsNothing() {
    assertEquals(Meeting.Phase.NONE, meeting.phase());
    assertEquals(Optional.empty(), meeting.reason());
    assertEquals(Optional.empty(), meeting.until());
    assertEquals(Optional.empty(), meeting.remaining());
    assertEquals(Optional.empty(), meeting.nextChange());
    assertFalse(meeting.takeTimeUp());
    assertFalse(meeting.end(), "nothing was on");
  }

  @Test
  void aTimedMeetingHoldsUntilItsEndAndSaysUntilWhen() {
    assertEquals(Optional.of(at(1800)), meeting.start(Optional.of(Duration.ofMinutes(30))));
    assertEquals(Meeting.Phase.ON, meeting.phase());
    assertEquals(Optional.of("in a meeting until 14:30"), meeting.reason());
    assertEquals(Optional.of(Duration.ofMinutes(30)), meeting.remaining());
    assertEquals(Optional.of(at(1800)), meeting.nextChange());

    clock.advance(Duration.ofMinutes(20));
    assertEquals(Optional.of(Duration.ofMinutes(10)), meeting.remaining());
    assertFalse(meeting.takeTimeUp(), "not over yet");
  }

  @Test
  void atItsEndTheQuestionIsAskedOnceAndBreaksWaitForTheAnswer() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(30));

    assertEquals(Meeting.Phase.TIME_UP, meeting.phase());
    assertEquals(Optional.of("the meeting time is up"), meeting.reason());
    assertEquals(Optional.of(Duration.ZERO), meeting.remaining());
    assertTrue(meeting.takeTimeUp());
    assertFalse(meeting.takeTimeUp(), "one card per end");
    assertEquals(Optional.of(at(1800).plus(Meeting.ANSWER_WAIT)), meeting.nextChange());
  }

  @Test
  void anUnansweredQuestionLetsTheBreakGoAfterTheWait() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(30).plus(Meeting.ANSWER_WAIT));

    assertEquals(Meeting.Phase.NONE, meeting.phase());
    assertEquals(Optional.empty(), meeting.reason());
    assertFalse(meeting.takeTimeUp(), "too late to ask");
  }

  @Test
  void extendingAddsToTheEndOfAMeetingUnderWay() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(10));
    assertEquals(Optional.of(at(1800 + 900)), meeting.extend(Duration.ofMinutes(15)));
    assertEquals(Optional.of("in a meeting until 14:45"), meeting.reason());
  }

  @Test
  void extendingAfterTheTimeIsUpCountsFromNowAndAsksAgain() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(32));
    assertTrue(meeting.takeTimeUp());

    assertEquals(Optional.of(at(32 * 60 + 15 * 60)), meeting.extend(Duration.ofMinutes(15)));
    assertEquals(Meeting.Phase.ON, meeting.phase());
    clock.advance(Duration.ofMinutes(15));
    assertTrue(meeting.takeTimeUp(), "the extended meeting asks at its own end");
  }

  @Test
  void breakInFiveMinutesHoldsFiveMinutesThenLetsGoWithoutAsking() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(30));
    assertTrue(meeting.takeTimeUp());

    assertEquals(at(35 * 60), meeting.extendThenBreak(Duration.ofMinutes(5)));
    assertEquals(Optional.of("in a meeting until 14:35"), meeting.reason());
    assertEquals(Optional.of(at(35 * 60)), meeting.nextChange());
    assertFalse(meeting.takeBreakAtEnd(), "not yet");
    clock.advance(Duration.ofMinutes(5));
    assertEquals(Meeting.Phase.NONE, meeting.phase(), "no second question");
    assertFalse(meeting.takeTimeUp());
    assertEquals(Optional.empty(), meeting.reason());
    assertTrue(meeting.takeBreakAtEnd(), "now the break");
    assertFalse(meeting.takeBreakAtEnd(), "one break");
  }

  @Test
  void onlyTheBreakInFiveMinutesBringsABreakAtTheEnd() {
    meeting.start(Optional.of(Duration.ofMinutes(30)));
    clock.advance(Duration.ofHours(1));
    assertFalse(meeting.takeBreakAtEnd(), "a plain end asks instead");
    meeting.extendThenBreak(Duration.ofMinutes(5));
    meeting.end();
    clock.advance(Duration.ofMinutes(5));
    assertFalse(meeting.takeBreakAtEnd(), "ended by hand: no break on its own");
  }

  @Test
  void aMeetingWithoutAnEndHoldsUntilEndedAndExtendingKeepsItOpen() {
    assertEquals(Optional.empty(), meeting.start(Optional.empty()));
    clock.advance(Duration.ofHours(3));
    assertEquals(Optional.of("in a meeting until you end it"), meeting.reason());
    assertEquals(Optional.empty(), meeting.remaining());
    assertEquals(Optional.empty(), meeting.nextChange());
    assertEquals(Optional.empty(), meeting.extend(Duration.ofMinutes(15)));
    assertFalse(meeting.takeTimeUp());

    assertTrue(meeting.end());
    assertEquals(Optional.empty(), meeting.reason());
  }

  @Test
  void endingWhileTheQuestionIsOpenCountsAsAMeetingEnded() {
    meeting.start(Optional.of(Duration.ofSeconds(3)));
    clock.advance(Duration.ofSeconds(3));
    assertTrue(meeting.end());
    assertEquals(Meeting.Phase.NONE, meeting.phase());
  }

  @Test
  void aNewMeetingReplacesTheOneUnderWay() {
    meeting.start(Optional.empty());
    meeting.start(Optional.of(Duration.ofHours(1)));
    assertEquals(Optional.of(at(3600)), meeting.until());
  }

  @Test
  void aMeetingOfNoTimeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> meeting.start(Optional.of(Duration.ZERO)));
    assertThrows(IllegalArgumentException.class, () -> meeting.extend(Duration.ofSeconds(-1)));
    assertEquals(Meeting.Phase.NONE, meeting.phase());
  }

  @Test
  void aBreakDueInAMeetingIsHeldAndShowsSoonAfterTheAnswer() {
    EngineHarness h = new EngineHarness();
    Meeting inEngineTime = new Meeting(h.clock);
    h.engine.setQuietDetector(inEngineTime);
    h.tick(true, 600);
    inEngineTime.start(Optional.of(Duration.ofMinutes(10)));
    h.tick(true, 602); // the micro-break falls due at 900, inside the meeting; it ends at 1200
    assertEquals(List.of(), h.prompter.timeline(), "no prompt during the meeting");
    assertEquals(
        Optional.of("held while the meeting time is up"),
        h.engine.snapshot().why(),
        "the meeting ended at 1200 and waits for the answer");

    inEngineTime.end(); // "Break now" on the card
    h.tick(true, 3);
    assertEquals(1, h.prompter.timeline().size());
    long shownAt = Long.parseLong(h.prompter.timeline().get(0).split(" ")[0]);
    assertEquals(1202, shownAt, 2.0, "within two seconds of the answer");
    assertEquals(
        List.of("micro held"),
        h.log.records.stream().map(r -> r.type().id() + " " + r.outcome().id()).toList());
  }
}
