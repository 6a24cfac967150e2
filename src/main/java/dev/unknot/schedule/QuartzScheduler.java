package dev.unknot.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine's tick on one Quartz worker thread, at the instant the last tick asked for or at
 * once when woken. There is no polling: between ticks the worker sleeps ({@link
 * SleepingThreadPool}), and Quartz's own thread waits for the next trigger's time, however far away
 * ({@link #IDLE_WAIT}).
 */
public final class QuartzScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(QuartzScheduler.class);
  private static final String CONTEXT_KEY = "unknot.scheduler";
  private static final JobKey TICK = JobKey.jobKey("tick", "unknot");
  private static final TriggerKey NEXT = TriggerKey.triggerKey("next-tick", "unknot");
  private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /**
   * How long Quartz's own thread waits when no trigger is due within that time. Its default, 30 s,
   * woke it two or three times an idle minute only to look again; every change to a trigger wakes
   * it anyway, so it need not look on its own.
   */
  static final Duration IDLE_WAIT = Duration.ofDays(1);

  private final Supplier<Instant> tick;
  private final Scheduler scheduler;

  /**
   * @param tick does the work and returns when it wants to run next
   */
  public QuartzScheduler(Supplier<Instant> tick) {
    this.tick = tick;
    try {
      scheduler = new StdSchedulerFactory(properties()).getScheduler();
      scheduler.getContext().put(CONTEXT_KEY, this);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot create the scheduler: " + e.getMessage(), e);
    }
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "unknot-" + INSTANCES.incrementAndGet());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    p.setProperty("org.quartz.threadPool.class", SleepingThreadPool.class.getName());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    p.setProperty("org.quartz.scheduler.idleWaitTime", String.valueOf(IDLE_WAIT.toMillis()));
    return p;
  }

  public void start() {
    try {
      scheduler.addJob(
          JobBuilder.newJob(TickJob.class).withIdentity(TICK).storeDurably().build(), false);
      scheduler.scheduleJob(trigger(Instant.now()));
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a job every day at a local time, DST-safe. If the process was stopped at that moment, it
   * runs once when it continues.
   */
  public void daily(String name, LocalTime time, ZoneId zone, Runnable job) {
    schedule(
        name,
        job,
        TriggerBuilder.newTrigger()
            .withIdentity(name, "unknot")
            .withSchedule(
                CronScheduleBuilder.dailyAtHourAndMinute(time.getHour(), time.getMinute())
                    .inTimeZone(TimeZone.getTimeZone(zone))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build());
  }

  /**
   * Runs a job every week on a day at a local time, DST-safe. If the process was stopped or the
   * computer asleep at that moment, it runs once when it continues.
   */
  public void weekly(String name, DayOfWeek day, LocalTime time, ZoneId zone, Runnable job) {
    schedule(name, job, weeklyTrigger(name, day, time, zone));
  }

  static Trigger weeklyTrigger(String name, DayOfWeek day, LocalTime time, ZoneId zone) {
    return TriggerBuilder.newTrigger()
        .withIdentity(name, "unknot")
        .withSchedule(
            CronScheduleBuilder.weeklyOnDayAndHourAndMinute(
                    day.getValue() % 7 + 1, time.getHour(), time.getMinute())
                .inTimeZone(TimeZone.getTimeZone(zone))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /** Runs a job every so often, from now on. */
  public void every(String name, Duration period, Runnable job) {
    schedule(
        name,
        job,
        TriggerBuilder.newTrigger()
            .withIdentity(name, "unknot")
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(period.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build());
  }

  /** Runs a job once at an instant, replacing an earlier one of the same name. */
  public void once(String name, Instant at, Runnable job) {
    schedule(
        name,
        job,
        TriggerBuilder.newTrigger()
            .withIdentity(name, "unknot")
            .startAt(Date.from(at))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build());
  }

  private void schedule(String name, Runnable job, Trigger trigger) {
    JobDataMap data = new JobDataMap();
    data.put(RunnableJob.RUNNABLE, job);
    try {
      JobKey key = JobKey.jobKey(name, "unknot");
      scheduler.deleteJob(key);
      scheduler.scheduleJob(
          JobBuilder.newJob(RunnableJob.class).withIdentity(key).usingJobData(data).build(),
          trigger);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot schedule " + name + ": " + e.getMessage(), e);
    }
  }

  /** Removes a named job, if there is one. */
  public void cancel(String name) {
    try {
      scheduler.deleteJob(JobKey.jobKey(name, "unknot"));
    } catch (SchedulerException e) {
      LOG.warn("could not cancel {}: {}", name, e.getMessage());
    }
  }

  /** When a named job's trigger fires next, if it is scheduled. */
  public Optional<Instant> nextRun(String name) {
    try {
      Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(name, "unknot"));
      return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
    } catch (SchedulerException e) {
      return Optional.empty();
    }
  }

  /** Runs a tick as soon as the worker is free. Safe from any thread. */
  public void wakeNow() {
    try {
      scheduler.triggerJob(TICK);
    } catch (SchedulerException e) {
      LOG.warn("could not wake the scheduler: {}", e.getMessage());
    }
  }

  private void runTick() {
    Instant next;
    try {
      next = tick.get();
    } catch (RuntimeException e) {
      LOG.error(
          "a scheduled tick failed; trying again in {} s", RETRY_AFTER_FAILURE.toSeconds(), e);
      next = Instant.now().plus(RETRY_AFTER_FAILURE);
    }
    try {
      scheduler.rescheduleJob(NEXT, trigger(next));
    } catch (SchedulerException e) {
      LOG.error("could not schedule the next tick", e);
    }
  }

  private static Trigger trigger(Instant at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(NEXT)
        .forJob(TICK)
        .startAt(Date.from(at))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /** Waits for a tick in progress to finish, then stops the worker. */
  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      LOG.warn("the scheduler did not shut down cleanly: {}", e.getMessage());
    }
  }

  /** A job that runs the Runnable in its data; RAMJobStore keeps the object as it is. */
  public static final class RunnableJob implements Job {
    static final String RUNNABLE = "runnable";

    @Override
    public void execute(JobExecutionContext context) {
      try {
        ((Runnable) context.getMergedJobDataMap().get(RUNNABLE)).run();
      } catch (RuntimeException e) {
        LOG.error("scheduled job {} failed", context.getJobDetail().getKey().getName(), e);
      }
    }
  }

  /** Quartz creates jobs by reflection, so this must be public with a no-argument constructor. */
  @DisallowConcurrentExecution
  public static final class TickJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      try {
        ((QuartzScheduler) context.getScheduler().getContext().get(CONTEXT_KEY)).runTick();
      } catch (SchedulerException e) {
        LOG.error("the scheduler lost its context", e);
      }
    }
  }
}
