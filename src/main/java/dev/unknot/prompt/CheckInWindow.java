package dev.unknot.prompt;

import dev.unknot.core.i18n.Messages;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Box;
import javax.swing.JComponent;
import javax.swing.Timer;

/** "Any knots today?" with No / Yes… / Later. */
final class CheckInWindow extends QuietCard {

  enum Reply {
    NO,
    YES,
    LATER
  }

  static String title() {
    return Messages.get("checkIn.title");
  }

  private static final Color ACCENT = new ThemeColor("Unknot.accent.checkIn", 0x9A5B2E);

  final LocalDate day;

  CheckInWindow(LocalDate day, LocalDate today, Consumer<Reply> onReply) {
    super(title(), ACCENT, Corner.TOP_RIGHT, () -> onReply.accept(Reply.LATER));
    this.day = day;
    addText(label(Messages.get("checkIn.heading"), 11f, Font.BOLD, ACCENT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(question(day, today), 19f, Font.BOLD, TEXT));
    addText((JComponent) Box.createVerticalStrut(8));
    addText(label(Messages.get("checkIn.explanation"), 13f, Font.PLAIN, TEXT));
    setButtons(
        List.of(
            button(
                Messages.get("checkIn.no"),
                Messages.get("checkIn.no.description"),
                () -> onReply.accept(Reply.NO)),
            button(
                Messages.get("checkIn.yes"),
                Messages.get("checkIn.yes.description"),
                () -> onReply.accept(Reply.YES)),
            button(
                Messages.get("checkIn.later"),
                Messages.get("checkIn.later.description"),
                () -> onReply.accept(Reply.LATER))));
  }

  /**
   * What became of a reply, in the card's place: every button gets a visible answer. It closes by
   * itself after {@link #SHOWN_FOR_MS}, or on OK.
   */
  static final class Answer extends QuietCard {

    static String title() {
      return Messages.get("checkIn.answer.title");
    }

    static final int SHOWN_FOR_MS = 12_000;

    private final Timer closeLater = new Timer(SHOWN_FOR_MS, e -> dispose());

    private Answer(String headline, String text) {
      super(title(), ACCENT, Corner.TOP_RIGHT, () -> {});
      addText(label(Messages.get("checkIn.heading"), 11f, Font.BOLD, ACCENT));
      addText((JComponent) Box.createVerticalStrut(6));
      addText(label(headline, 19f, Font.BOLD, TEXT));
      addText((JComponent) Box.createVerticalStrut(8));
      addText(label(text, 13f, Font.PLAIN, TEXT));
      setButtons(
          List.of(
              button(
                  Messages.get("notice.ok"),
                  Messages.get("notice.ok.description"),
                  this::dispose)));
      closeLater.setRepeats(false);
    }

    static Answer knotFree(LocalDate day, LocalDate today) {
      return new Answer(
          Messages.get(
              day.equals(today)
                  ? "checkIn.answer.knotFreeToday"
                  : day.equals(today.minusDays(1))
                      ? "checkIn.answer.knotFreeYesterday"
                      : "checkIn.answer.knotFreeOn",
              longDate(day)),
          Messages.get("checkIn.answer.knotFree.text"));
    }

    static Answer knotKept(LocalDate day, LocalDate today) {
      return new Answer(
          Messages.get(
              day.equals(today)
                  ? "checkIn.answer.knotKeptToday"
                  : day.equals(today.minusDays(1))
                      ? "checkIn.answer.knotKeptYesterday"
                      : "checkIn.answer.knotKeptOn",
              longDate(day)),
          Messages.get("checkIn.answer.knotKept.text"));
    }

    static Answer later(ZonedDateTime again) {
      return new Answer(
          Messages.get("checkIn.answer.later", DateTimeFormatter.ofPattern("HH:mm").format(again)),
          Messages.get("checkIn.answer.later.text", Messages.get("tray.menu.reportKnot")));
    }

    static Answer failed(String reason) {
      return new Answer(
          Messages.get("checkIn.answer.failed"),
          Messages.get("checkIn.answer.failed.text", reason));
    }

    @Override
    void showQuietly() {
      super.showQuietly();
      closeLater.start();
    }

    @Override
    public void dispose() {
      closeLater.stop();
      super.dispose();
    }
  }

  /** "Monday 30 November", in the language's own order ("Montag, 30. November"). */
  static String longDate(LocalDate day) {
    return DatePatterns.of("checkIn.dateFormat").format(day);
  }

  static String question(LocalDate day, LocalDate today) {
    if (day.equals(today)) {
      return Messages.get("checkIn.question.today");
    }
    return Messages.get(
        day.equals(today.minusDays(1)) ? "checkIn.question.yesterday" : "checkIn.question.on",
        longDate(day));
  }
}
