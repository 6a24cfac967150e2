package dev.unknot.prompt;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

  static final String TITLE = "Unknot: check-in";
  private static final Color ACCENT = new ThemeColor("Unknot.accent.checkIn", 0x9A5B2E);

  final LocalDate day;

  CheckInWindow(LocalDate day, LocalDate today, Consumer<Reply> onReply) {
    super(TITLE, ACCENT, Corner.TOP_RIGHT, () -> onReply.accept(Reply.LATER));
    this.day = day;
    addText(label("DAILY CHECK-IN", 11f, Font.BOLD, ACCENT));
    addText((JComponent) Box.createVerticalStrut(6));
    addText(label(question(day, today), 19f, Font.BOLD, TEXT));
    addText((JComponent) Box.createVerticalStrut(8));
    addText(
        label(
            "A knot is a tender, tight spot in a muscle, often in the neck, between the shoulder"
                + " blades or in the chest. Your answer lets the weekly summary compare days with"
                + " and without knots.",
            13f,
            Font.PLAIN,
            TEXT));
    setButtons(
        List.of(
            button("No", () -> onReply.accept(Reply.NO)),
            button("Yes…", () -> onReply.accept(Reply.YES)),
            button("Later", () -> onReply.accept(Reply.LATER))));
  }

  /**
   * What became of a reply, in the card's place: every button gets a visible answer. It closes by
   * itself after {@link #SHOWN_FOR_MS}, or on OK.
   */
  static final class Answer extends QuietCard {

    static final String TITLE = "Unknot: check-in answer";
    static final int SHOWN_FOR_MS = 12_000;

    private final Timer closeLater = new Timer(SHOWN_FOR_MS, e -> dispose());

    private Answer(String headline, String text) {
      super(TITLE, ACCENT, Corner.TOP_RIGHT, () -> {});
      addText(label("DAILY CHECK-IN", 11f, Font.BOLD, ACCENT));
      addText((JComponent) Box.createVerticalStrut(6));
      addText(label(headline, 19f, Font.BOLD, TEXT));
      addText((JComponent) Box.createVerticalStrut(8));
      addText(label(text, 13f, Font.PLAIN, TEXT));
      setButtons(List.of(button("OK", this::dispose)));
      closeLater.setRepeats(false);
    }

    static Answer knotFree(LocalDate day, LocalDate today) {
      return new Answer(
          "No knots "
              + (day.isBefore(today.minusDays(1)) ? "on " : "")
              + when(day, today)
              + ": noted.",
          "The weekly summary counts it as a knot-free day.");
    }

    static Answer knotKept(LocalDate day, LocalDate today) {
      return new Answer(
          "A knot is already reported for " + when(day, today) + ".",
          "So it stays a knot day. If that report was a mistake, `unknot knot list` shows its"
              + " number and `unknot knot remove NUMBER` takes it back.");
    }

    static Answer later(ZonedDateTime again) {
      return new Answer(
          "Asking again at " + DateTimeFormatter.ofPattern("HH:mm").format(again) + ".",
          "Or answer before then: \"Report a knot\" in the tray menu, or `unknot knot add` or"
              + " `unknot knot none` in a terminal.");
    }

    static Answer failed(String reason) {
      return new Answer(
          "Your answer was not saved.",
          "Unknot could not write to its diary ("
              + reason
              + "). `unknot knot none` records a knot-free day from a terminal.");
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

  /** "today", "yesterday" or "Monday 30 November". */
  static String when(LocalDate day, LocalDate today) {
    if (day.equals(today)) {
      return "today";
    }
    return day.equals(today.minusDays(1))
        ? "yesterday"
        : DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(day);
  }

  static String question(LocalDate day, LocalDate today) {
    if (day.equals(today)) {
      return "Any knots today?";
    }
    String date = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(day);
    return day.equals(today.minusDays(1))
        ? "Any knots yesterday, " + date + "?"
        : "Any knots on " + date + "?";
  }
}
