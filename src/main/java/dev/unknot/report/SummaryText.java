package dev.unknot.report;

import static dev.unknot.core.summary.Spans.hoursMinutes;
import static dev.unknot.core.summary.Spans.percent;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The weekly summary as plain text, no line longer than {@value #WIDTH} columns. */
public final class SummaryText {

  public static final int WIDTH = 80;
  static final String DISCLAIMER =
      "Unknot is not medical advice. Stop any movement that causes sharp pain.";
  static final String NOT_A_CAUSE =
      "Figures side by side from your own diary; they do not show what causes a knot.";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d", Locale.UK);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private SummaryText() {}

  public static String title(WeeklySummary s) {
    return "Your week "
        + s.week()
        + ": "
        + DAY.format(s.week().monday())
        + " – "
        + LONG_DAY.format(s.week().sunday());
  }

  /** The 3–4 lines of the notification: adherence, longest stretch, knot days, a suggestion. */
  public static List<String> headline(WeeklySummary s) {
    List<String> lines = new ArrayList<>();
    if (!s.hasData()) {
      lines.add(
          s.beforeFirstRecord()
              ? "This week is before Unknot's first record, on "
                  + LONG_DAY.format(s.firstRecordedDay().orElseThrow())
                  + "."
              : "Unknot recorded nothing this week.");
      return lines;
    }
    BreakCounts b = s.breaks();
    lines.add(
        b.due() == 0
            ? "No breaks fell due."
            : String.format(
                Locale.ROOT,
                "Breaks: %d of %d kept (%s).",
                b.kept(),
                b.due(),
                percent(b.adherence())));
    lines.add("Longest unbroken stretch: " + hoursMinutes(s.longestStretchSeconds()) + ".");
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
              "This week is before Unknot's first record, on "
                  + LONG_DAY.format(first)
                  + ". The diary begins in week "
                  + IsoWeek.of(first)
                  + ": `unknot summary --week "
                  + IsoWeek.of(first)
                  + "` shows it.",
              ""));
      out.add("");
      out.add(DISCLAIMER);
      return String.join("\n", out) + "\n";
    }
    if (!s.hasData()) {
      out.add("Unknot recorded nothing this week: no activity, no breaks and no check-ins.");
      out.add("");
      out.add(DISCLAIMER);
      return String.join("\n", out) + "\n";
    }
    Trend t = s.trend();
    String avg = "4-week average ";
    out.add(
        row(
            "Active time",
            hoursMinutes(s.activeSeconds()) + " on " + days(s.workingDays()),
            t.averageActiveSeconds().isPresent()
                ? avg + hoursMinutes(Math.round(t.averageActiveSeconds().getAsDouble()))
                : ""));
    BreakCounts b = s.breaks();
    out.add(
        row(
            "Breaks kept",
            b.kept() + " of " + b.due() + " (" + percent(b.adherence()) + ")",
            t.averageAdherence().isPresent() ? avg + percent(t.averageAdherence()) : ""));
    out.add(
        String.format(
            Locale.ROOT,
            "  taken %d · natural %d · skipped %d · unanswered %d · postponed %s",
            b.taken(),
            b.natural(),
            b.skipped(),
            b.unanswered(),
            plural(b.postponed(), "time")));
    out.add(
        row(
            "Longest stretch",
            hoursMinutes(s.longestStretchSeconds()) + longestDay(s),
            t.averageLongestStretchSeconds().isPresent()
                ? avg + hoursMinutes(Math.round(t.averageLongestStretchSeconds().getAsDouble()))
                : ""));
    out.add(
        row(
            "Mouse share",
            s.mouseShare().isPresent() || s.workingDays() == 0
                ? percent(s.mouseShare()) + " of input events"
                : "not counted (a Wayland session, or counts switched off)",
            ""));
    out.add(
        row(
            "Knot days",
            String.valueOf(s.knotDays()),
            t.averageKnotDays().isPresent()
                ? avg + String.format(Locale.ROOT, "%.1f", t.averageKnotDays().getAsDouble())
                : ""));
    out.add(
        row(
            "Check-ins",
            s.checkedInWorkingDays() + " of " + days(s.workingDays()) + " worked",
            ""));
    out.add("");
    out.add("Day          Active  Longest  Breaks kept  Mouse  Knot");
    for (DaySummary d : s.days()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%-10s %8s %8s  %-11s %5s  %s",
              DAY.format(d.day()),
              d.working() ? hoursMinutes(d.activeSeconds()) : "–",
              d.working() ? hoursMinutes(d.longestStretchSeconds()) : "–",
              d.breaks().due() == 0 ? "–" : d.breaks().kept() + " of " + d.breaks().due(),
              percent(d.mouseShare()),
              switch (d.knots()) {
                case KNOT -> "severity " + d.maxSeverity();
                case KNOT_FREE -> "none";
                case UNKNOWN -> "–";
              }));
    }
    out.add("Knot: the worst severity (1–5) reported; none: checked in without one;");
    out.add("–: no check-in that day.");
    if (!s.exercises().isEmpty()) {
      out.add("");
      out.addAll(
          wrap(
              "Exercises done: "
                  + s.exercises().entrySet().stream()
                      .map(e -> e.getKey() + " " + e.getValue())
                      .collect(Collectors.joining(", "))
                  + ".",
              ""));
    }
    if (!s.knots().isEmpty()) {
      out.add("");
      out.add("Knots reported");
      for (KnotGroup g : s.knots()) {
        out.addAll(
            wrap(
                String.format(
                    Locale.ROOT,
                    "%d × %s, %s, severity %d",
                    g.reports(),
                    g.area().plainName(),
                    g.side().id(),
                    g.severity()),
                "  "));
      }
    }
    out.add("");
    out.addAll(comparison(s.comparison()));
    if (!s.suggestions().isEmpty()) {
      out.add("");
      out.add("Suggestions");
      for (Suggestion suggestion : s.suggestions()) {
        List<String> lines = wrap(suggestion.text(), "  ");
        lines.set(0, "-" + lines.get(0).substring(1));
        out.addAll(lines);
      }
    }
    out.add("");
    out.add(DISCLAIMER);
    return String.join("\n", out) + "\n";
  }

  private static List<String> comparison(Comparison c) {
    List<String> out = new ArrayList<>();
    String span = DAY.format(c.from()) + " – " + DAY.format(c.to());
    if (!c.enough()) {
      out.addAll(
          wrap(
              String.format(
                  Locale.ROOT,
                  "Knot days against knot-free days (%s): %s and %s so far, too few to compare"
                      + " yet; it takes %d of each. Answering the daily check-in gets you"
                      + " there.",
                  span,
                  plural(c.knotDays(), "knot day"),
                  plural(c.knotFreeDays(), "knot-free day"),
                  Comparison.MIN_DAYS),
              ""));
      return out;
    }
    out.add(
        "Your "
            + plural(c.knotDays(), "knot day")
            + " against your "
            + plural(c.knotFreeDays(), "knot-free day")
            + ", "
            + span);
    out.add(String.format(Locale.ROOT, "%-22s %-22s %s", "", "knot days", "knot-free days"));
    for (When when : When.values()) {
      out.add(when == When.SAME_DAY ? "On the day" : "On the day before");
      for (Metric metric : Metric.values()) {
        Figure f =
            c.figures().stream()
                .filter(x -> x.metric() == metric && x.when() == when)
                .findFirst()
                .orElseThrow();
        out.add(
            String.format(
                Locale.ROOT,
                "  %-20s %-22s %s",
                metricName(metric),
                mean(metric, f.onKnotDays()),
                mean(metric, f.onKnotFreeDays())));
      }
    }
    out.addAll(wrap(NOT_A_CAUSE, ""));
    return out;
  }

  static String metricName(Metric metric) {
    return switch (metric) {
      case ADHERENCE -> "Breaks kept";
      case LONGEST_STRETCH -> "Longest stretch";
      case ACTIVE_TIME -> "Active time";
      case MOUSE_SHARE -> "Mouse share";
    };
  }

  static String mean(Metric metric, Mean mean) {
    OptionalDouble v = mean.value();
    String figure =
        v.isEmpty()
            ? "too few"
            : switch (metric) {
              case ADHERENCE, MOUSE_SHARE -> percent(v);
              case LONGEST_STRETCH, ACTIVE_TIME -> hoursMinutes(Math.round(v.getAsDouble()));
            };
    return figure + " (" + plural(mean.days(), "day") + ")";
  }

  private static String knotDaysLine(WeeklySummary s) {
    Comparison c = s.comparison();
    String days = "Knot days: " + s.knotDays() + " this week";
    if (!c.enough()) {
      return days + "; too few check-ins to compare yet.";
    }
    Figure before =
        c.figures().stream()
            .filter(f -> f.metric() == Metric.ADHERENCE && f.when() == When.DAY_BEFORE)
            .findFirst()
            .orElseThrow();
    return before.comparable()
        ? String.format(
            Locale.ROOT,
            "%s; breaks kept the day before: %s on %s, %s on %s.",
            days,
            percent(before.onKnotDays().value()),
            plural(before.onKnotDays().days(), "knot day"),
            percent(before.onKnotFreeDays().value()),
            plural(before.onKnotFreeDays().days(), "knot-free day"))
        : days + ".";
  }

  private static String longestDay(WeeklySummary s) {
    return s.days().stream()
        .filter(d -> d.longestStretchSeconds() == s.longestStretchSeconds() && d.working())
        .findFirst()
        .map(d -> " (" + SHORT_DAY.format(d.day()) + ")")
        .orElse("");
  }

  private static String row(String label, String value, String trend) {
    return String.format(Locale.ROOT, "%-17s%-27s%s", label, value, trend).stripTrailing();
  }

  static String days(int n) {
    return plural(n, "day");
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
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
    return DAY.format(d);
  }
}
