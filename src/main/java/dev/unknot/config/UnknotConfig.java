package dev.unknot.config;

import dev.unknot.core.CheckInSettings;
import dev.unknot.core.EngineSettings;

/** The effective configuration: the user's file laid over the shipped defaults. */
public record UnknotConfig(EngineSettings engine, CheckInSettings checkIn) {}
