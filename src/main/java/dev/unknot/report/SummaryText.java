package dev.unknot.report;

import static dev.unknot.core.summary.Spans.hoursMinutes;
import static dev.unknot.core.summary.Spans.percent;

import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.BreakCounts;
import dev.unknot.core.summary.Comparison;
import dev.unknot.core.summary.Comparison.Figure;
import dev.unknot.core.summary.Comparison.Mean;
import dev.unknot.core.summary.Comparison.Metric;
import dev.unknot.core.summary.Comparison.When;
import dev.unknot.core.summary.DaySummary;
import dev.unknot.core.summary.IsoWeek;
import dev.unknot.core.summary.KnotGroup;
import dev.unknot.core.summary.Suggestion;
import dev.unknot.core.summary.Trend;
import dev.unknot.core.summary.WeeklySummary;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The weekly summary as plain text, no line longer than {@value #WIDTH} columns. */
public final class SummaryText {

  public static final int WIDTH = 80;

  private SummaryText() {}

  /** "Unknot is not medical advice. …", the summary's last line. */
  static String disclaimer() {
    return Messages.get("summary.disclaimer");
  }

  private static DateTimeFormatter format(String key) {
    return DateTimeFormatter.ofPattern(Messages.get(key), Messages.locale());
  }

  private static String longDay(LocalDate d) {
    return format("summary.date.long").format(d);
  }

  public static String title(WeeklySummary s) {
    return Messages.get(
        "summary.title", s.week().toString(), day(s.week().monday()), longDay(s.week().sunday()));
  }

  /** The 3–4 lines of the notification: adherence, longest stretch, knot days, a suggestion. */
  public static List<String> headline(WeeklySummary s) {
    List<String> lines = new ArrayList<>();
    if (!s.hasData()) {
      lines.add(
          s.beforeFirstRecord()
              ? Messages.get("summary.beforeFirst", longDay(s.firstRecordedDay().orElseThrow()))
              : Messages.get("summary.nothing"));
      return lines;
    }
    BreakCounts b = s.breaks();
    lines.add(
        b.due() == 0
            ? Messages.get("summary.noneDue")
            : Messages.get("summary.breaksLine", b.kept(), b.due(), percent(b.adherence())));
    lines.add(Messages.get("summary.longestLine", hoursMinutes(s.longestStretchSeconds())));
    lines.add(knotDaysLine(s));
    if (!s.suggestions().isEmpty()) {
      lines.add(s.suggestions().get(0).headline());
    }
    return lines;
  }

  public static String render(WeeklySummary s) {
    List<String> out = new ArrayList<>();
    out.add(title(s));
    out.add("");
    if (!s.hasData() && s.beforeFirstRecord()) {
      LocalDate first = s.firstRecordedDay().orElseThrow();
      out.addAll(
          wrap(
              Messages.get(
                  "summary.beforeFirst.long", longDay(first), IsoWeek.of(first).toString()),
              ""));
      out.add("");
      out.add(disclaimer());
      return String.join("\n", out) + "\n";
    }
    if (!s.hasData()) {
      out.addAll(wrap(Messages.get("summary.nothing.long"), ""));
      out.add("");
      out.add(disclaimer());
      return String.join("\n", out) + "\n";
    }
    Trend t = s.trend();
    BreakCounts b = s.breaks();
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          Messages.get("summary.label.active"),
          Messages.get("summary.value.active", hoursMinutes(s.activeSeconds()), s.workingDays()),
          t.averageActiveSeconds().isPresent()
              ? average(hoursMinutes(Math.round(t.averageActiveSeconds().getAsDouble())))
              : ""
        });
    rows.add(
        new String[] {
          Messages.get("summary.label.breaks"),
          Messages.get("summary.value.breaks", b.kept(), b.due(), percent(b.adherence())),
          t.averageAdherence().isPresent() ? average(percent(t.averageAdherence())) : ""
        });
    rows.add(
        new String[] {
          "  "
              + Messages.get(
                  "summary.breakdown",
                  b.taken(),
                  b.natural(),
                  b.skipped(),
                  b.unanswered(),
                  b.postponed())
        });
    rows.add(
        new String[] {
          Messages.get("summary.label.longest"),
          hoursMinutes(s.longestStretchSeconds()) + longestDay(s),
          t.averageLongestStretchSeconds().isPresent()
              ? average(hoursMinutes(Math.round(t.averageLongestStretchSeconds().getAsDouble())))
              : ""
        });
    rows.add(
        new String[] {
          Messages.get("summary.label.mouse"),
          s.mouseShare().isPresent() || s.workingDays() == 0
              ? Messages.get("summary.value.mouse", percent(s.mouseShare()))
              : Messages.get("summary.value.mouseNotCounted"),
          ""
        });
    NumberFormat tenths = NumberFormat.getNumberInstance(Messages.locale());
    tenths.setMinimumFractionDigits(1);
    tenths.setMaximumFractionDigits(1);
    rows.add(
        new String[] {
          Messages.get("summary.label.knotDays"),
          String.valueOf(s.knotDays()),
          t.averageKnotDays().isPresent()
              ? average(tenths.format(t.averageKnotDays().getAsDouble()))
              : ""
        });
    rows.add(
        new String[] {
          Messages.get("summary.label.checkIns"),
          Messages.get("summary.value.checkIns", s.checkedInWorkingDays(), s.workingDays()),
          ""
        });
    out.addAll(table(rows));
    out.add("");
    out.addAll(days(s));
    if (!s.exercises().isEmpty()) {
      out.add("");
      out.addAll(
          wrap(
              Messages.get(
                  "summary.exercises",
                  s.exercises().entrySet().stream()
                      .map(e -> e.getKey() + " " + e.getValue())
                      .collect(Collectors.joining(", "))),
              ""));
    }
    if (!s.knots().isEmpty()) {
      out.add("");
      out.add(Messages.get("summary.knots.heading"));
      for (KnotGroup g : s.knots()) {
        out.addAll(
            wrap(
                Messages.get(
                    "summary.knots.group",
                    g.reports(),
                    g.area().plainName(),
                    g.side().plainName(),
                    g.severity()),
                "  "));
      }
    }
    out.add("");
    out.addAll(comparison(s.comparison()));
    if (!s.suggestions().isEmpty()) {
      out.add("");
      out.add(Messages.get("summary.suggestions"));
      for (Suggestion suggestion : s.suggestions()) {
        List<String> lines = wrap(suggestion.text(), "  ");
        lines.set(0, "-" + lines.get(0).substring(1));
        out.addAll(lines);
      }
    }
    out.add("");
    out.addAll(wrap(disclaimer(), ""));
    return String.join("\n", out) + "\n";
  }

  private static String average(String figure) {
    return Messages.get("summary.average", figure);
  }

  /**
   * Label, value and trend in columns at least as wide as the English ones, wider where a language
   * needs it; a row of one cell stands on its own.
   */
  private static List<String> table(List<String[]> rows) {
    int labelWidth = 17;
    int valueWidth = 27;
    for (String[] row : rows) {
      if (row.length == 3) {
        labelWidth = Math.max(labelWidth, row[0].length() + 1);
        if (!row[2].isEmpty()) {
          valueWidth = Math.max(valueWidth, row[1].length() + 1);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : rows) {
      out.add(
          row.length == 1
              ? row[0]
              : (pad(row[0], labelWidth) + pad(row[1], valueWidth) + row[2]).stripTrailing());
    }
    return out;
  }

  /** One line a day, in columns as wide as their widest entry or heading. */
  private static List<String> days(WeeklySummary s) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          Messages.get("summary.col.day"),
          Messages.get("summary.col.active"),
          Messages.get("summary.col.longest"),
          Messages.get("summary.col.breaks"),
          Messages.get("summary.col.mouse"),
          Messages.get("summary.col.knot")
        });
    for (DaySummary d : s.days()) {
      rows.add(
          new String[] {
            day(d.day()),
            d.working() ? hoursMinutes(d.activeSeconds()) : "–",
            d.working() ? hoursMinutes(d.longestStretchSeconds()) : "–",
            d.breaks().due() == 0
                ? "–"
                : Messages.get("summary.day.breaks", d.breaks().kept(), d.breaks().due()),
            percent(d.mouseShare()),
            switch (d.knots()) {
              case KNOT -> Messages.get("summary.day.severity", d.maxSeverity());
              case KNOT_FREE -> Messages.get("summary.day.none");
              case UNKNOWN -> "–";
            }
          });
    }
    int[] widths = {10, 8, 8, 11, 4};
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        // The two time columns stand one space apart: a wider heading keeps a space of its own.
        int gap = i == 1 || i == 2 ? 1 : 0;
        widths[i] = Math.max(widths[i], row[i].length() + gap);
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : rows) {
      out.add(
          (pad(row[0], widths[0])
                  + " "
                  + padLeft(row[1], widths[1])
                  + " "
                  + padLeft(row[2], widths[2])
                  + "  "
                  + pad(row[3], widths[3])
                  + "  "
                  + padLeft(row[4], widths[4])
                  + "  "
                  + row[5])
              .stripTrailing());
    }
    out.addAll(wrap(Messages.get("summary.legend.severity"), ""));
    out.addAll(wrap(Messages.get("summary.legend.noCheckIn"), ""));
    return out;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  private static List<String> comparison(Comparison c) {
    List<String> out = new ArrayList<>();
    String span = day(c.from()) + " – " + day(c.to());
    if (!c.enough()) {
      out.addAll(
          wrap(
              Messages.get(
                  "summary.compare.tooFew",
                  span,
                  knotDays(c.knotDays()),
                  knotFreeDays(c.knotFreeDays()),
                  Comparison.MIN_DAYS),
              ""));
      return out;
    }
    out.addAll(
        wrap(Messages.get("summary.compare.heading", c.knotDays(), c.knotFreeDays(), span), ""));
    int nameWidth = 20;
    for (Metric metric : Metric.values()) {
      nameWidth = Math.max(nameWidth, metricName(metric).length() + 1);
    }
    String knotHead = Messages.get("summary.compare.knotDays");
    int valueWidth = Math.max(23, knotHead.length() + 1);
    List<String[]> lines = new ArrayList<>();
    for (When when : When.values()) {
      for (Metric metric : Metric.values()) {
        Figure f =
            c.figures().stream()
                .filter(x -> x.metric() == metric && x.when() == when)
                .findFirst()
                .orElseThrow();
        String[] line = {
          metricName(metric), mean(metric, f.onKnotDays()), mean(metric, f.onKnotFreeDays())
        };
        valueWidth = Math.max(valueWidth, line[1].length() + 1);
        lines.add(line);
      }
    }
    out.add(
        " ".repeat(nameWidth + 3)
            + pad(knotHead, valueWidth)
            + Messages.get("summary.compare.knotFreeDays"));
    int n = 0;
    for (When when : When.values()) {
      out.add(
          Messages.get(
              when == When.SAME_DAY ? "summary.compare.sameDay" : "summary.compare.dayBefore"));
      for (int i = 0; i < Metric.values().length; i++) {
        String[] line = lines.get(n++);
        out.add(
            ("  " + pad(line[0], nameWidth) + " " + pad(line[1], valueWidth) + line[2])
                .stripTrailing());
      }
    }
    out.addAll(wrap(Messages.get("summary.notACause"), ""));
    return out;
  }

  static String metricName(Metric metric) {
    return Messages.get(
        switch (metric) {
          case ADHERENCE -> "summary.label.breaks";
          case LONGEST_STRETCH -> "summary.label.longest";
          case ACTIVE_TIME -> "summary.label.active";
          case MOUSE_SHARE -> "summary.label.mouse";
        });
  }

  static String mean(Metric metric, Mean mean) {
    OptionalDouble v = mean.value();
    String figure =
        v.isEmpty()
            ? Messages.get("summary.mean.tooFew")
            : switch (metric) {
              case ADHERENCE, MOUSE_SHARE -> percent(v);
              case LONGEST_STRETCH, ACTIVE_TIME -> hoursMinutes(Math.round(v.getAsDouble()));
            };
    return Messages.get("summary.mean", figure, mean.days());
  }

  private static String knotDaysLine(WeeklySummary s) {
    Comparison c = s.comparison();
    String days = Messages.get("summary.knotDays.week", s.knotDays());
    if (!c.enough()) {
      return Messages.get("summary.knotDays.tooFew", days);
    }
    Figure before =
        c.figures().stream()
            .filter(f -> f.metric() == Metric.ADHERENCE && f.when() == When.DAY_BEFORE)
            .findFirst()
            .orElseThrow();
    return before.comparable()
        ? Messages.get(
            "summary.knotDays.compared",
            days,
            percent(before.onKnotDays().value()),
            knotDays(before.onKnotDays().days()),
            percent(before.onKnotFreeDays().value()),
            knotFreeDays(before.onKnotFreeDays().days()))
        : Messages.get("summary.knotDays.plain", days);
  }

  private static String longestDay(WeeklySummary s) {
    return s.days().stream()
        .filter(d -> d.longestStretchSeconds() == s.longestStretchSeconds() && d.working())
        .findFirst()
        .map(d -> " (" + format("summary.date.short").format(d.day()) + ")")
        .orElse("");
  }

  /** "1 knot day", "2 knot days", in the language of the moment. */
  static String knotDays(int n) {
    return Messages.get("summary.count.knotDays", n);
  }

  /** "1 knot-free day", "2 knot-free days". */
  static String knotFreeDays(int n) {
    return Messages.get("summary.count.knotFreeDays", n);
  }

  /**
   * Greedy word wrap to {@link #WIDTH}, every line after the first indented. "2h 05m" stays on one
   * line.
   */
  static List<String> wrap(String text, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" (?!\\d\\dm)")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  static String day(LocalDate d) {
    return format("summary.date.day").format(d);
  }
}
