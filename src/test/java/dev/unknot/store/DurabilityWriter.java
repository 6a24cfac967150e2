package dev.unknot.store;

import dev.unknot.core.BreakRecord;
import dev.unknot.core.BreakType;
import dev.unknot.core.Outcome;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * Run as its own process by {@link KillDurabilityTest}: records breaks forever and prints each
 * one's number only after its write has returned.
 */
public final class DurabilityWriter {

  private DurabilityWriter() {}

  public static void main(String[] args) {
    OffsetDateTime t = OffsetDateTime.parse("2026-11-16T09:00:00+01:00");
    try (Database db = Database.open(Path.of(args[0]))) {
      SqliteBreakLog log = new SqliteBreakLog(db);
      for (int i = 0; ; i++) {
        log.record(new BreakRecord(BreakType.MICRO, Outcome.TAKEN, "n" + i, t, t.plusSeconds(30)));
        System.out.println(i);
        System.out.flush();
        t = t.plusMinutes(1);
      }
    }
  }
}
