package dev.unknot.core.summary;

/** What the diary says about a day. A day nobody answered for is unknown, not knot-free. */
public enum KnotDayStatus {
  KNOT,
  KNOT_FREE,
  UNKNOWN
}
