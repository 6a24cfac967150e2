package dev.unknot.core;

import java.util.ArrayList;
import java.util.List;

final class RecordingBreakLog implements BreakLog {

  final List<BreakRecord> records = new ArrayList<>();
  boolean failing;

  @Override
  public void record(BreakRecord breakRecord) {
    if (failing) {
      throw new IllegalStateException("database is locked");
    }
    records.add(breakRecord);
  }

  long count(BreakType type, Outcome outcome) {
    return records.stream().filter(r -> r.type() == type && r.outcome() == outcome).count();
  }
}
