package dev.unknot.core;

/** Which side of the body a knot is on. */
public enum Side {
  LEFT,
  RIGHT,
  BOTH,
  CENTRE;

  public String id() {
    return KnotArea.Ids.of(this);
  }

  public static Side fromId(String id) {
    return KnotArea.Ids.parse(Side.class, id, "side");
  }
}
