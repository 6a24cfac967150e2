package dev.unknot.core;

import dev.unknot.core.i18n.Messages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The knots that count as active now: reported in the last {@link #ACTIVE_DAYS} days and not
 * declared gone by a later check-in.
 *
 * @param areas empty when no knot is active
 */
public record KnotFocus(Set<KnotArea> areas, List<KnotReport> reports) {

  /** A knot reported this many days ago or fewer (today is 0) is still active. */
  public static final int ACTIVE_DAYS = 6;

  public static final KnotFocus NONE = new KnotFocus(Set.of(), List.of());

  public KnotFocus {
    areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
    reports = List.copyOf(reports);
  }

  /**
   * @param reports the diary's reports, any order; older ones are ignored
   * @param checkIns the check-ins of the last days; a knot-free one after a report ends it
   */
  public static KnotFocus active(
      List<KnotReport> reports, List<CheckIn> checkIns, LocalDate today) {
    LocalDate oldest = today.minusDays(ACTIVE_DAYS);
    Optional<LocalDate> lastKnotFree =
        checkIns.stream()
            .filter(c -> !c.hadKnot() && !c.day().isAfter(today))
            .map(CheckIn::day)
            .max(LocalDate::compareTo);
    List<KnotReport> active =
        reports.stream()
            .filter(r -> !r.day().isBefore(oldest) && !r.day().isAfter(today))
            .filter(r -> lastKnotFree.map(free -> !free.isAfter(r.day())).orElse(true))
            .toList();
    Set<KnotArea> areas = EnumSet.noneOf(KnotArea.class);
    active.forEach(r -> areas.add(r.area()));
    return new KnotFocus(areas, active);
  }

  public boolean isEmpty() {
    return areas.isEmpty();
  }

  /** The exercise targets that work on these areas, as area ids. */
  public Set<String> targets() {
    return areas.stream().map(KnotArea::id).collect(java.util.stream.Collectors.toSet());
  }

  /** Whether {@link #described} names one knot rather than "your knots". */
  public boolean one() {
    return areas.size() == 1 && !areas.iterator().next().knotWord().isEmpty();
  }

  /** "your right upper-back knot", or "your knots" for more than one area. */
  public String described() {
    if (!one()) {
      return Messages.get("knot.described.many");
    }
    KnotArea area = areas.iterator().next();
    Set<Side> sides = EnumSet.noneOf(Side.class);
    reports.forEach(r -> sides.add(r.side()));
    if (sides.size() == 1 && (sides.contains(Side.LEFT) || sides.contains(Side.RIGHT))) {
      return Messages.get(
          "knot.described.sided", area.knotWord(), sides.iterator().next().plainName());
    }
    return Messages.get("knot.described.plain", area.knotWord());
  }
}
