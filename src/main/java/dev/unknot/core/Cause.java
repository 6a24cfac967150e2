package dev.unknot.core;

/** What the user suspects brought a knot on. */
public enum Cause {
  LONG_SITTING,
  MOUSE,
  LIFTING,
  SLEEP,
  STRESS,
  POSTURE,
  OTHER;

  public String id() {
    return KnotArea.Ids.of(this);
  }

  public static Cause fromId(String id) {
    return KnotArea.Ids.parse(Cause.class, id, "cause");
  }
}
