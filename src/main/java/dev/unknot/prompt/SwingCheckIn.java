package dev.unknot.prompt;

import dev.unknot.core.KnotReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    void knotFree(LocalDate day);

    /** Stores the report and returns it with its id. */
    KnotReport knot(KnotReport report);

    /** The user wants to be asked again later. */
    void later(LocalDate day);
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

  private void reply(LocalDate day, CheckInWindow.Reply reply) {
    checkIn.dispose();
    checkIn = null;
    switch (reply) {
      case NO -> writer.execute(() -> answers.knotFree(day));
      case YES -> reportKnot(day);
      case LATER -> writer.execute(() -> answers.later(day));
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
          for (var w : new java.awt.Window[] {checkIn, form}) {
            if (w != null) {
              w.dispose();
            }
          }
          checkIn = null;
          form = null;
        });
    writer.shutdown();
  }
}
