package dev.unknot.core;

/** What the user can do with a break prompt. */
public enum Answer {
  DONE,
  POSTPONE,
  SKIP
}
