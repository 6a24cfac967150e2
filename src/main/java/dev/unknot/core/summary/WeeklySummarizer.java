package dev.unknot.core.summary;

import dev.unknot.core.ActivityMinute;
import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakSettings;
import dev.unknot.core.CheckIn;
import dev.unknot.core.KnotArea;
import dev.unknot.core.KnotReport;
import dev.unknot.core.Outcome;
import dev.unknot.core.Side;
import dev.unknot.core.i18n.Messages;
import dev.unknot.core.summary.Comparison.Figure;
import dev.unknot.core.summary.Comparison.Mean;
import dev.unknot.core.summary.Comparison.Metric;
import dev.unknot.core.summary.Comparison.When;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Works out a {@link WeeklySummary}. Days are cut in the local time the user had then: each minute
 * and break carries its own UTC offset, so DST changes and a move to another time zone need no
 * special case.
 */
public final class WeeklySummarizer {

  /** Weeks before the summarised one that the trend and the comparison look at. */
  public static final int PREVIOUS_WEEKS = 4;

  /** A week with at least this share of mouse events counts as mouse-heavy. */
  public static final double MOUSE_HEAVY_SHARE = 0.75;

  /** Days a knot area must be reported on, out of the last 14, to suggest a physiotherapist. */
  public static final int PERSISTENT_KNOT_DAYS = 10;

  /** How much longer the stretches before knot days must be to suggest a shorter interval. */
  public static final Duration NOTABLY_LONGER = Duration.ofMinutes(15);

  private static final Duration SHORTEST_SUGGESTED_INTERVAL = Duration.ofMinutes(5);

  private final BreakSettings micro;

  /** The micro-break settings say what idle period ends a stretch and what interval to suggest. */
  public WeeklySummarizer(BreakSettings micro) {
    this.micro = micro;
  }

  /** The first day whose records a summary of {@code week} reads. */
  public static LocalDate firstDay(IsoWeek week) {
    return week.monday().minusWeeks(PREVIOUS_WEEKS).minusDays(1);
  }

  /** Reads the days the week needs from the diary and summarises them. */
  public WeeklySummary summarize(IsoWeek week, LocalDate today, SummaryData data) {
    return summarize(week, today, data.read(firstDay(week), week.sunday()));
  }

  /**
   * @param today days after it have not happened yet
   */
  public WeeklySummary summarize(IsoWeek week, LocalDate today, SummaryInput input) {
    LocalDate first = firstDay(week);
    Map<LocalDate, DaySummary> days = summarizeDays(first, week.sunday(), input);

    List<DaySummary> weekDays = week.days().stream().map(days::get).toList();
    Map<String, Integer> exercises = new HashMap<>();
    weekDays.forEach(d -> d.exercises().forEach((id, n) -> exercises.merge(id, n, Integer::sum)));

    List<KnotReport> weekReports =
        input.reports().stream().filter(r -> week.contains(r.day())).toList();
    LocalDate asOf = today.isBefore(week.sunday()) ? today : week.sunday();
    Comparison comparison = compare(days, week.monday().minusWeeks(PREVIOUS_WEEKS), week.sunday());
    long keyboard = sum(weekDays, DaySummary::keyboardEvents);
    long mouse = sum(weekDays, DaySummary::mouseEvents);
    List<Suggestion> suggestions = new ArrayList<>(persistentKnots(input.reports(), asOf));
    switchMouseHand(DaySummary.share(mouse, keyboard), weekReports, input.mouseHand())
        .ifPresent(suggestions::add);
    shorterInterval(comparison).ifPresent(suggestions::add);
    return new WeeklySummary(
        week,
        weekDays,
        sum(weekDays, DaySummary::activeSeconds),
        weekDays.stream().mapToLong(DaySummary::longestStretchSeconds).max().orElse(0),
        weekDays.stream().map(DaySummary::breaks).reduce(BreakCounts.NONE, BreakCounts::plus),
        keyboard,
        mouse,
        mostFirst(exercises),
        group(weekReports),
        count(weekDays, d -> d.knots() == KnotDayStatus.KNOT),
        count(weekDays, DaySummary::working),
        count(weekDays, d -> d.working() && d.knots() != KnotDayStatus.UNKNOWN),
        comparison,
        trend(week, days),
        suggestions,
        input.firstRecordedDay());
  }

  private Map<LocalDate, DaySummary> summarizeDays(
      LocalDate first, LocalDate last, SummaryInput input) {
    Map<LocalDate, List<ActivityMinute>> minutes = new HashMap<>();
    for (ActivityMinute m : input.minutes()) {
      minutes.computeIfAbsent(localDay(m), d -> new ArrayList<>()).add(m);
    }
    Map<LocalDate, List<BreakRecord>> breaks = new HashMap<>();
    TreeSet<Long> restMinutes = new TreeSet<>();
    for (BreakRecord b : input.breaks()) {
      breaks.computeIfAbsent(b.startedAt().toLocalDate(), d -> new ArrayList<>()).add(b);
      if (b.outcome() == Outcome.TAKEN || b.outcome() == Outcome.NATURAL) {
        restMinutes.add(Math.floorDiv(b.startedAt().toEpochSecond(), 60));
      }
    }
    Map<LocalDate, Integer> severity = new HashMap<>();
    for (KnotReport r : input.reports()) {
      severity.merge(r.day(), r.severity(), Math::max);
    }
    Map<LocalDate, Boolean> checkIns = new HashMap<>();
    for (CheckIn c : input.checkIns()) {
      checkIns.merge(c.day(), c.hadKnot(), Boolean::logicalOr);
    }

    Map<LocalDate, DaySummary> days = new TreeMap<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      List<ActivityMinute> dayMinutes = minutes.getOrDefault(day, List.of());
      BreakCounts counts = BreakCounts.NONE;
      Map<String, Integer> exercises = new HashMap<>();
      for (BreakRecord b : breaks.getOrDefault(day, List.of())) {
        counts = counts.plus(b.outcome());
        if (b.outcome() == Outcome.TAKEN && b.exerciseId() != null) {
          exercises.merge(b.exerciseId(), 1, Integer::sum);
        }
      }
      int worst = severity.getOrDefault(day, 0);
      KnotDayStatus status =
          worst > 0 || checkIns.getOrDefault(day, false)
              ? KnotDayStatus.KNOT
              : checkIns.containsKey(day) ? KnotDayStatus.KNOT_FREE : KnotDayStatus.UNKNOWN;
      days.put(
          day,
          new DaySummary(
              day,
              dayMinutes.stream().mapToLong(ActivityMinute::activeSeconds).sum(),
              longestStretch(dayMinutes, restMinutes),
              counts,
              dayMinutes.stream().mapToLong(ActivityMinute::keyboardEvents).sum(),
              dayMinutes.stream().mapToLong(ActivityMinute::mouseEvents).sum(),
              exercises,
              status,
              worst));
    }
    return days;
  }

  private static LocalDate localDay(ActivityMinute m) {
    return LocalDateTime.ofEpochSecond(
            m.epochMinute() * 60, 0, ZoneOffset.ofTotalSeconds(m.utcOffsetSeconds()))
        .toLocalDate();
  }

  /**
   * At minute resolution: a run of wholly idle minutes at least the micro-break duration long, or a
   * taken or natural break starting, ends a stretch. A stretch lasts from the start of its first
   * active minute to the end of its last.
   */
  private long longestStretch(List<ActivityMinute> dayMinutes, TreeSet<Long> restMinutes) {
    long[] active =
        dayMinutes.stream()
            .filter(m -> m.activeSeconds() > 0)
            .mapToLong(ActivityMinute::epochMinute)
            .sorted()
            .toArray();
    long idleMinutesThatEnd = Math.max(1, (micro.duration().toSeconds() + 59) / 60);
    long longest = 0;
    int start = 0;
    for (int i = 0; i < active.length; i++) {
      if (i > start) {
        long idleMinutes = active[i] - active[i - 1] - 1;
        Long rest = restMinutes.ceiling(active[i - 1] + 1);
        if (idleMinutes >= idleMinutesThatEnd || (rest != null && rest <= active[i])) {
          start = i;
        }
      }
      longest = Math.max(longest, active[i] - active[start] + 1);
    }
    return longest * 60;
  }

  private static Comparison compare(Map<LocalDate, DaySummary> days, LocalDate from, LocalDate to) {
    List<DaySummary> knot = new ArrayList<>();
    List<DaySummary> free = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      DaySummary d = days.get(day);
      if (d.knots() == KnotDayStatus.KNOT) {
        knot.add(d);
      } else if (d.knots() == KnotDayStatus.KNOT_FREE) {
        free.add(d);
      }
    }
    List<Figure> figures = new ArrayList<>();
    if (knot.size() >= Comparison.MIN_DAYS && free.size() >= Comparison.MIN_DAYS) {
      for (When when : When.values()) {
        List<DaySummary> knotSide = when == When.SAME_DAY ? knot : before(knot, days);
        List<DaySummary> freeSide = when == When.SAME_DAY ? free : before(free, days);
        for (Metric metric : Metric.values()) {
          figures.add(new Figure(metric, when, mean(metric, knotSide), mean(metric, freeSide)));
        }
      }
    }
    return new Comparison(from, to, knot.size(), free.size(), figures);
  }

  private static List<DaySummary> before(List<DaySummary> side, Map<LocalDate, DaySummary> days) {
    return side.stream().map(d -> days.get(d.day().minusDays(1))).toList();
  }

  private static Mean mean(Metric metric, List<DaySummary> side) {
    List<DaySummary> counted =
        side.stream()
            .filter(
                switch (metric) {
                  case ADHERENCE -> d -> d.breaks().due() > 0;
                  case LONGEST_STRETCH, ACTIVE_TIME -> DaySummary::working;
                  case MOUSE_SHARE -> d -> d.mouseEvents() + d.keyboardEvents() > 0;
                })
            .toList();
    OptionalDouble value =
        switch (metric) {
          case ADHERENCE ->
              counted.stream()
                  .map(DaySummary::breaks)
                  .reduce(BreakCounts.NONE, BreakCounts::plus)
                  .adherence();
          case LONGEST_STRETCH ->
              counted.stream().mapToLong(DaySummary::longestStretchSeconds).average();
          case ACTIVE_TIME -> counted.stream().mapToLong(DaySummary::activeSeconds).average();
          case MOUSE_SHARE ->
              DaySummary.share(
                  sum(counted, DaySummary::mouseEvents), sum(counted, DaySummary::keyboardEvents));
        };
    return new Mean(
        counted.size(), counted.size() >= Comparison.MIN_DAYS ? value : OptionalDouble.empty());
  }

  private static Trend trend(IsoWeek week, Map<LocalDate, DaySummary> days) {
    List<Trend.WeekFigures> previous = new ArrayList<>();
    for (int back = PREVIOUS_WEEKS; back >= 1; back--) {
      previous.add(figures(week.minusWeeks(back), days));
    }
    return new Trend(figures(week, days), previous);
  }

  private static Trend.WeekFigures figures(IsoWeek week, Map<LocalDate, DaySummary> days) {
    List<DaySummary> d = week.days().stream().map(days::get).toList();
    return new Trend.WeekFigures(
        week,
        count(d, DaySummary::working),
        sum(d, DaySummary::activeSeconds),
        d.stream().map(DaySummary::breaks).reduce(BreakCounts.NONE, BreakCounts::plus),
        d.stream().mapToLong(DaySummary::longestStretchSeconds).max().orElse(0),
        count(d, x -> x.knots() == KnotDayStatus.KNOT));
  }

  private static List<Suggestion> persistentKnots(List<KnotReport> reports, LocalDate asOf) {
    LocalDate from = asOf.minusDays(13);
    Map<KnotArea, TreeSet<LocalDate>> daysByArea = new EnumMap<>(KnotArea.class);
    for (KnotReport r : reports) {
      if (!r.day().isBefore(from) && !r.day().isAfter(asOf)) {
        daysByArea.computeIfAbsent(r.area(), a -> new TreeSet<>()).add(r.day());
      }
    }
    List<Suggestion> suggestions = new ArrayList<>();
    daysByArea.forEach(
        (area, reported) -> {
          if (reported.size() >= PERSISTENT_KNOT_DAYS) {
            suggestions.add(
                new Suggestion(
                    Suggestion.SEE_PHYSIOTHERAPIST,
                    Messages.get("suggestion.physio.headline"),
                    Messages.get("suggestion.physio.text", reported.size(), area.inSentence())));
          }
        });
    return suggestions;
  }

  /**
   * A mouse-heavy week with knots on the mouse side. With no mouse hand set, the side is not
   * guessed: the suggestion says so and where to set it.
   */
  private static Optional<Suggestion> switchMouseHand(
      OptionalDouble share, List<KnotReport> weekReports, Optional<Side> mouseHand) {
    if (share.isEmpty() || share.getAsDouble() < MOUSE_HEAVY_SHARE || weekReports.isEmpty()) {
      return Optional.empty();
    }
    int all = weekReports.size();
    if (mouseHand.isEmpty()) {
      return Optional.of(
          new Suggestion(
              Suggestion.SWITCH_MOUSE_HAND,
              Messages.get("suggestion.mouse.headline.unknownHand"),
              Messages.get("suggestion.mouse.text.unknownHand", share.getAsDouble(), all)));
    }
    Side hand = mouseHand.get();
    long onMouseSide = weekReports.stream().filter(r -> r.side() == hand).count();
    if (onMouseSide == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Suggestion(
            Suggestion.SWITCH_MOUSE_HAND,
            Messages.get("suggestion.mouse.headline"),
            Messages.get(
                "suggestion.mouse.text",
                onOfReports(onMouseSide, all),
                hand.plainName(),
                share.getAsDouble())));
  }

  /** "Your knot report this week was", "Both of your …", "1 of your 3 knot reports … was". */
  static String onOfReports(long some, long all) {
    return some == all
        ? Messages.get("suggestion.mouse.allReports", all)
        : Messages.get("suggestion.mouse.someReports", some, all);
  }

  private Optional<Suggestion> shorterInterval(Comparison comparison) {
    Figure before =
        comparison.figures().stream()
            .filter(f -> f.metric() == Metric.LONGEST_STRETCH && f.when() == When.DAY_BEFORE)
            .findFirst()
            .orElse(null);
    if (before == null || !before.comparable()) {
      return Optional.empty();
    }
    double knotSide = before.onKnotDays().value().getAsDouble();
    double freeSide = before.onKnotFreeDays().value().getAsDouble();
    Duration interval = micro.interval();
    Duration suggested = interval.minusMinutes(5);
    if (knotSide < freeSide + NOTABLY_LONGER.toSeconds()
        || !micro.enabled()
        || suggested.compareTo(SHORTEST_SUGGESTED_INTERVAL) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Suggestion(
            Suggestion.SHORTER_MICRO_INTERVAL,
            Messages.get("suggestion.interval.headline", minutes(suggested)),
            Messages.get(
                "suggestion.interval.text",
                Spans.hoursMinutes((long) knotSide),
                before.onKnotDays().days(),
                Spans.hoursMinutes((long) freeSide),
                before.onKnotFreeDays().days(),
                minutes(suggested),
                minutes(interval))));
  }

  private static String minutes(Duration d) {
    return d.toSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
  }

  private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(sorted);
  }

  private static List<KnotGroup> group(List<KnotReport> reports) {
    record Key(KnotArea area, Side side, int severity) {}
    Map<Key, Integer> counts = new HashMap<>();
    reports.forEach(r -> counts.merge(new Key(r.area(), r.side(), r.severity()), 1, Integer::sum));
    return counts.entrySet().stream()
        .map(
            e ->
                new KnotGroup(
                    e.getKey().area(), e.getKey().side(), e.getKey().severity(), e.getValue()))
        .sorted(
            Comparator.comparingInt(KnotGroup::reports)
                .reversed()
                .thenComparing(KnotGroup::area)
                .thenComparing(KnotGroup::side)
                .thenComparing(Comparator.comparingInt(KnotGroup::severity).reversed()))
        .toList();
  }

  private static long sum(List<DaySummary> days, ToLongFunction<DaySummary> figure) {
    return days.stream().mapToLong(figure).sum();
  }

  private static int count(List<DaySummary> days, Predicate<DaySummary> test) {
    return (int) days.stream().filter(test).count();
  }
}
