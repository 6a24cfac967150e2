package dev.unknot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.core.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The defect: the tray and the window said "A micro-break now" while the due break was held (a
 * meeting, a full screen) or waited for the user's first pause. The status line says which.
 */
class StatusSaysHeldOrAtYourPauseNotNowTest {

  /** The shipped flow: a 30 s heads-up, a 3 s pause starts the break, 60 s at most of waiting. */
  private static final EngineSettings FLOW =
      EngineSettings.defaults()
          .withFlow(Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofSeconds(60));

  @AfterEach
  void backToEnglish() {
    Messages.use(Locale.ENGLISH);
  }

  private static String line(EngineHarness h) {
    return h.engine.snapshot().summary(EngineHarness.ZONE);
  }

  @Test
  void aHeldBreakSaysWhatHoldsItNotNow() {
    EngineHarness h = new EngineHarness();
    h.engine.setQuietDetector(() -> Optional.of("a window is full screen"));
    h.tick(true, 905); // due at 900, held
    EngineStatus status = h.engine.snapshot();

    assertEquals(List.of(), h.prompter.timeline(), "nothing on screen");
    assertEquals(Optional.of(EngineStatus.Standing.HELD), status.standing());
    assertEquals("Micro-break held · rest in 35 min (held while a window is full screen)", line(h));
    assertEquals(Optional.of("Micro-break held: a window is full screen"), status.openBreakLine());
  }

  @Test
  void aBreakWaitingForThePauseSaysSoThenNowOnceItShows() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 910); // due at 900; typing on
    assertEquals(List.of(), h.prompter.timeline());
    assertEquals(Optional.of(EngineStatus.Standing.AT_NEXT_PAUSE), h.engine.snapshot().standing());
    assertEquals("Micro-break at your next pause · rest in 35 min", line(h));

    h.tick(false, 3); // the pause: the prompt shows

    assertEquals(1, h.prompter.timeline().size());
    assertEquals(Optional.of(EngineStatus.Standing.NOW), h.engine.snapshot().standing());
    assertEquals("A micro-break now · rest in 35 min", line(h));
  }

  @Test
  void underContinuousInputItWaitsUpToMaxWaitThenIsNow() {
    EngineHarness h = new EngineHarness(FLOW);
    h.tick(true, 959);
    assertEquals("Micro-break at your next pause · rest in 35 min", line(h));
    h.tick(true, 2);
    assertEquals(1, h.prompter.timeline().size(), "shown at max_wait");
    assertTrue(line(h).startsWith("A micro-break now · rest in "), line(h));
  }

  @Test
  void theHoldEndsAndTheLineSaysNow() {
    EngineHarness h = new EngineHarness();
    Optional<String>[] quiet = new Optional[] {Optional.of("zoom has the focus")};
    h.engine.setQuietDetector(() -> quiet[0]);
    h.tick(true, 905);
    assertEquals(
        Optional.of("Micro-break held: zoom has the focus"), h.engine.snapshot().openBreakLine());
    quiet[0] = Optional.empty();
    h.tick(true, 3);
    assertTrue(h.engine.snapshot().onScreen());
    assertEquals("A micro-break now · rest in 35 min", line(h));
  }

  /** The open break's own line (tooltip, window), then the status line, for a held break. */
  @Test
  void inEveryLanguage() {
    List<List<String>> expected =
        List.of(
            List.of(
                "de",
                "Mikropause aufgeschoben: der Bildschirm ist gesperrt · Mikropause aufgeschoben · Ruhepause in 35 Min.",
                "Mikropause, sobald Sie kurz innehalten · Ruhepause in 35 Min."),
            List.of(
                "fr",
                "Micro-pause en attente\u00a0: l’écran est verrouillé · Micro-pause en attente · pause longue dans 35 min",
                "Micro-pause dès que vous vous arrêtez un instant · pause longue dans 35 min"),
            List.of(
                "es",
                "Micropausa en espera: la pantalla está bloqueada · Micropausa en espera · descanso en 35 min",
                "Micropausa en cuanto te detengas un momento · descanso en 35 min"),
            List.of(
                "pt-BR",
                "Micropausa em espera: a tela está bloqueada · Micropausa em espera · descanso em 35 min",
                "Micropausa assim que você parar um instante · descanso em 35 min"),
            List.of(
                "it",
                "Micropausa in attesa: lo schermo è bloccato · Micropausa in attesa · pausa lunga tra 35 min",
                "Micropausa appena ti fermi un attimo · pausa lunga tra 35 min"));
    for (List<String> language : expected) {
      Messages.use(Locale.forLanguageTag(language.get(0)));
      EngineHarness held = new EngineHarness();
      held.engine.setQuietDetector(() -> Optional.of(QuietDetector.screenLocked()));
      held.tick(true, 905);
      EngineHarness waiting = new EngineHarness(FLOW);
      waiting.tick(true, 910);
      assertEquals(
          language.get(1),
          held.engine.snapshot().openBreakLine().orElseThrow()
              + " · "
              + held.engine.snapshot().timing(EngineHarness.ZONE),
          language.get(0));
      assertEquals(language.get(2), line(waiting), language.get(0));
    }
  }
}
