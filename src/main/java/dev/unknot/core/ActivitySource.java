package dev.unknot.core;

/** Something that feeds keyboard and mouse events into an {@link ActivityTracker}. */
public interface ActivitySource extends AutoCloseable {

  /**
   * @throws IllegalStateException with a one-line reason when input cannot be watched
   */
  void start(ActivityTracker tracker);

  @Override
  void close();
}
