package dev.unknot.core;

import dev.unknot.core.i18n.Messages;

/** Which side of the body a knot is on. */
public enum Side {
  LEFT,
  RIGHT,
  BOTH,
  CENTRE;

  /** The side in words: "right". */
  public String plainName() {
    return Messages.get(
        switch (this) {
          case LEFT -> "knot.side.left";
          case RIGHT -> "knot.side.right";
          case BOTH -> "knot.side.both";
          case CENTRE -> "knot.side.centre";
        });
  }

  public String id() {
    return KnotArea.Ids.of(this);
  }

  public static Side fromId(String id) {
    return KnotArea.Ids.parse(Side.class, id, "side");
  }
}
