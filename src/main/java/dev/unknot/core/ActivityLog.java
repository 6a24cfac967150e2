package dev.unknot.core;

import java.util.List;

/** The port that keeps activity per minute. A call returns once the minutes are durable. */
public interface ActivityLog {

  /** Adds to the stored minutes; a minute written twice accumulates. */
  void record(List<ActivityMinute> minutes);
}
