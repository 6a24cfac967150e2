package dev.unknot.core.summary;

import dev.unknot.core.KnotArea;
import dev.unknot.core.Side;

/** How many knot reports share an area, side and severity. */
public record KnotGroup(KnotArea area, Side side, int severity, int reports) {}
