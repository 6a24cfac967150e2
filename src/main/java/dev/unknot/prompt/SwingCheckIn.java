package dev.unknot.prompt;

import dev.unknot.core.KnotReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily check-in and the knot report form on screen. Answers are stored on a background thread,
 * never on the Swing thread.
 */
public final class SwingCheckIn {

  /** What the daemon does with the answers; called off the Swing thread. */
  public interface Answers {
    /** Records the day as knot-free; false if a knot reported for it keeps it a knot day. */
    boolean knotFree(LocalDate day);

    /** Stores the report and returns it with its id. */
    KnotReport knot(KnotReport report);

    /** The user wants to be asked again later; returns when that will be. */
    ZonedDateTime later(LocalDate day);

    /** Whether the day has an answer: a knot report or a check-in. */
    boolean answered(LocalDate day);
  }

  private static final Logger LOG = LoggerFactory.getLogger(SwingCheckIn.class);

  private final Answers answers;
  private final Clock clock;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "unknot-diary-writer");
            t.setDaemon(true);
            return t;
          });
  private CheckInWindow checkIn; // Swing thread only
  private KnotReportWindow form; // Swing thread only
  private CheckInWindow.Answer answer; // Swing thread only

  public SwingCheckIn(Answers answers, Clock clock) {
    this.answers = answers;
    this.clock = clock;
  }

  /** Asks "Any knots?" about a day, unless that question is already on screen. */
  public void ask(LocalDate day) {
    SwingUtilities.invokeLater(
        () -> {
          if (checkIn != null) {
            return;
          }
          checkIn = new CheckInWindow(day, LocalDate.now(clock), reply -> reply(day, reply));
          checkIn.showQuietly();
          LOG.info("asked for the check-in of {}", day);
        });
  }

  /** Opens the knot report form, for the tray or the check-in's Yes. */
  public void reportKnot(LocalDate day) {
    SwingUtilities.invokeLater(
        () -> {
          if (form != null) {
            form.toFront();
            return;
          }
          form = new KnotReportWindow(day, clock, this::save, () -> form = null);
          form.setVisible(true);
        });
  }

  /**
   * The diary changed elsewhere (the knot form, or `unknot knot add` through the control socket): a
   * question about a day that now has its answer goes away.
   */
  public void diaryChanged() {
    SwingUtilities.invokeLater(
        () -> {
          CheckInWindow asked = checkIn;
          if (asked == null) {
            return;
          }
          onWriter(
              () -> {
                if (answers.answered(asked.day)) {
                  SwingUtilities.invokeLater(
                      () -> {
                        if (checkIn == asked) {
                          asked.dispose();
                          checkIn = null;
                          LOG.info("the check-in of {} was answered elsewhere; closed", asked.day);
                        }
                      });
                }
              });
        });
  }

  private void reply(LocalDate day, CheckInWindow.Reply reply) {
    checkIn.dispose();
    checkIn = null;
    LocalDate today = LocalDate.now(clock);
    switch (reply) {
      case NO ->
          answerAside(
              () ->
                  answers.knotFree(day)
                      ? CheckInWindow.Answer.knotFree(day, today)
                      : CheckInWindow.Answer.knotKept(day, today));
      case YES -> reportKnot(day);
      case LATER -> answerAside(() -> CheckInWindow.Answer.later(answers.later(day)));
    }
  }

  /** Stores an answer off the Swing thread, then says on screen what became of it. */
  private void answerAside(Supplier<CheckInWindow.Answer> store) {
    onWriter(
        () -> {
          CheckInWindow.Answer answer;
          try {
            answer = store.get();
          } catch (RuntimeException e) {
            LOG.error("could not store the check-in answer", e);
            answer = CheckInWindow.Answer.failed(e.getMessage());
          }
          CheckInWindow.Answer shown = answer;
          SwingUtilities.invokeLater(
              () -> {
                if (this.answer != null) {
                  this.answer.dispose();
                }
                this.answer = shown;
                shown.showQuietly();
              });
        });
  }

  private void onWriter(Runnable work) {
    try {
      writer.execute(work);
    } catch (RejectedExecutionException e) {
      LOG.debug("shutting down; not run: {}", work);
    }
  }

  private void save(KnotReport report) {
    KnotReportWindow window = form;
    UnaryOperator<KnotReport> store = answers::knot;
    writer.execute(
        () -> {
          try {
            KnotReport saved = store.apply(report);
            SwingUtilities.invokeLater(() -> window.saved(saved));
            diaryChanged(); // a check-in asking about that day is answered now
          } catch (RuntimeException e) {
            LOG.error("could not save a knot report", e);
            SwingUtilities.invokeLater(() -> window.failed(e.getMessage()));
          }
        });
  }

  /** Closes anything open, for a clean exit. */
  public void closeAll() {
    SwingUtilities.invokeLater(
        () -> {
          for (var w : new java.awt.Window[] {checkIn, form, answer}) {
            if (w != null) {
              w.dispose();
            }
          }
          checkIn = null;
          form = null;
          answer = null;
        });
    writer.shutdown();
  }
}
