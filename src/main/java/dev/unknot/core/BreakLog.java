package dev.unknot.core;

/** The port that keeps every break outcome. A call returns only once the record is durable. */
public interface BreakLog {

  void record(BreakRecord breakRecord);
}
