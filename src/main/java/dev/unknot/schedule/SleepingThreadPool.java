package dev.unknot.schedule;

import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz's thread pool with one worker that sleeps until a job is handed to it. Quartz's own
 * SimpleThreadPool wakes each idle worker every 500 ms to look for work, about 120 wake-ups a
 * minute in a daemon that has nothing to do between breaks.
 */
public final class SleepingThreadPool implements ThreadPool {

  /** The worker thread's name, short enough to stay whole in /proc's 15-character comm. */
  static final String WORKER_NAME = "unknot-quartz";

  private static final Logger LOG = LoggerFactory.getLogger(SleepingThreadPool.class);

  private final Object lock = new Object();
  private Thread worker;
  private Runnable handedOver;
  private boolean busy;
  private boolean shutDown;

  @Override
  public boolean runInThread(Runnable job) {
    synchronized (lock) {
      while (busy && !shutDown) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      if (shutDown) {
        return false;
      }
      busy = true;
      handedOver = job;
      lock.notifyAll();
      return true;
    }
  }

  /**
   * Waits for the job in progress. Answering at once looked cheaper, but then Quartz's thread looks
   * for the next trigger while the job still runs, finds the tick blocked, and is woken twice more:
   * by the tick's rescheduling and by the job's end. Waiting here, it wakes once, when the job
   * ends.
   */
  @Override
  public int blockForAvailableThreads() {
    synchronized (lock) {
      while (busy && !shutDown) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 0;
        }
      }
      return shutDown ? 0 : 1;
    }
  }

  @Override
  public void initialize() throws SchedulerConfigException {
    worker = new Thread(this::work, WORKER_NAME);
    worker.setDaemon(true);
    worker.start();
  }

  private void work() {
    while (true) {
      Runnable job;
      synchronized (lock) {
        while (handedOver == null && !shutDown) {
          try {
            lock.wait(); // no timeout: only a hand-over or the shutdown wakes it
          } catch (InterruptedException e) {
            return;
          }
        }
        if (handedOver == null) {
          return;
        }
        job = handedOver;
        handedOver = null;
      }
      try {
        job.run();
      } catch (RuntimeException | Error e) {
        LOG.error("a scheduled job failed", e);
      } finally {
        synchronized (lock) {
          busy = false;
          lock.notifyAll();
        }
      }
    }
  }

  @Override
  public void shutdown(boolean waitForJobsToComplete) {
    synchronized (lock) {
      shutDown = true;
      lock.notifyAll();
    }
    if (waitForJobsToComplete && worker != null && worker != Thread.currentThread()) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int getPoolSize() {
    return 1;
  }

  @Override
  public void setInstanceId(String schedInstId) {
    // One pool per scheduler; nothing to tell apart.
  }

  @Override
  public void setInstanceName(String schedName) {
    // One pool per scheduler; nothing to tell apart.
  }
}
