package dev.unknot.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The user's answer for one day: did it have a knot? A day without one is unknown. */
public record CheckIn(LocalDate day, boolean hadKnot, OffsetDateTime recordedAt) {}
