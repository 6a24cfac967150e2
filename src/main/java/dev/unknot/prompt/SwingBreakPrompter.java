package dev.unknot.prompt;

import dev.unknot.config.UnknotConfig.RestStyle;
import dev.unknot.core.Answer;
import dev.unknot.core.BreakPrompt;
import dev.unknot.core.BreakPrompter;
import dev.unknot.core.BreakType;
import dev.unknot.core.Countdown;
import dev.unknot.core.HeadsUp;
import java.time.Duration;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows break prompts as Swing windows. Engine calls arrive on the engine's thread and are handed
 * to the Swing thread; nothing here blocks the engine.
 */
public final class SwingBreakPrompter implements BreakPrompter {

  /** Receives the user's answers, on the Swing thread; it must return quickly. */
  public interface AnswerHandler {
    void answer(long promptId, Answer answer);
  }

  private static final Logger LOG = LoggerFactory.getLogger(SwingBreakPrompter.class);

  private final AnswerHandler handler;
  private PromptWindow window; // Swing thread only
  private HeadsUpCard headsUpCard; // Swing thread only
  private volatile RestStyle restStyle = RestStyle.CARD;

  public SwingBreakPrompter(AnswerHandler handler) {
    this.handler = handler;
  }

  /** Whether rest breaks dim every monitor behind their card, from the next one on. */
  public void setRestStyle(RestStyle style) {
    restStyle = style;
  }

  @Override
  public void show(BreakPrompt prompt) {
    SwingUtilities.invokeLater(
        () -> {
          disposeWindow();
          window = new PromptWindow(prompt, answer -> handler.answer(prompt.id(), answer));
          if (prompt.type() == BreakType.REST && restStyle == RestStyle.DIM) {
            window.dimBehind();
          }
          window.showQuietly();
          LOG.info("prompted a {} break: {}", prompt.type().id(), prompt.exercise().id());
        });
  }

  @Override
  public void progress(long promptId, Duration remaining, Countdown state) {
    SwingUtilities.invokeLater(
        () -> {
          if (window != null && window.promptId == promptId) {
            window.progress(remaining, state);
          }
        });
  }

  @Override
  public void headsUp(HeadsUp headsUp) {
    SwingUtilities.invokeLater(
        () -> {
          disposeHeadsUp();
          headsUpCard = new HeadsUpCard(headsUp);
          headsUpCard.showQuietly();
          LOG.info(
              "heads-up for a {} break: {}{}",
              headsUp.type().id(),
              headsUp.exercise().id(),
              headsUp.in().isPresent() ? "" : ", due, waiting for a pause");
        });
  }

  @Override
  public void closeHeadsUp() {
    SwingUtilities.invokeLater(this::disposeHeadsUp);
  }

  @Override
  public void close(long promptId) {
    SwingUtilities.invokeLater(
        () -> {
          if (window != null && window.promptId == promptId) {
            disposeWindow();
          }
        });
  }

  /** Closes any window still open, for a clean exit. */
  public void closeAll() {
    SwingUtilities.invokeLater(
        () -> {
          disposeWindow();
          disposeHeadsUp();
        });
  }

  private void disposeHeadsUp() {
    if (headsUpCard != null) {
      headsUpCard.dispose();
      headsUpCard = null;
    }
  }

  private void disposeWindow() {
    if (window != null) {
      window.dispose();
      window = null;
    }
  }
}
