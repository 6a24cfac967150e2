package dev.unknot.prompt;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.Box;
import javax.swing.JComponent;

/** "Any knots today?" with No / Yes… / Later. */
final class CheckInWindow extends QuietCard {

  enum Reply {
    NO,
    YES,
    LATER
  }

  static final String TITLE = "Unknot: check-in";
  private static final Color ACCENT = new Color(0x9A5B2E);

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
