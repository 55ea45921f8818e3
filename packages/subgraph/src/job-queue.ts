import PgBoss from "pg-boss";
import type { Logger } from "@campus/log";
import type { SubgraphJob } from "./definition";
import type {
  JobQueueAccess,
  JobRunInfo,
  JobStarter,
  JobTrigger,
  QueuedRun,
  QueuedRunState,
} from "./jobs";

/**
 * The subgraph's job queue: pg-boss 10 in the subgraph's own database, in its own schema
 * (`<subgraph>_queue`). Every instance can enqueue ("run now") and read the queue's state; an
 * instance with its worker on also takes jobs from it and offers each scheduled period's run.
 *
 * One run per period across any number of workers: every worker, on its clock, offers the next
 * period's run as a job with a singleton slot of the job's interval (`singletonSeconds`), which
 * pg-boss keeps unique in a unique index (name, slot); the other offers insert nothing. Each job
 * is then fetched by one worker (`FOR UPDATE SKIP LOCKED`). A failed run is retried by the queue
 * with exponential backoff, up to the job's attempts.
 */

export interface JobQueueOptions {
  /** The subgraph's name: the queue's schema is `<name>_queue`. */
  subgraph: string;
  databaseUrl: string;
  jobs: readonly SubgraphJob[];
  /** Seconds between scheduled runs per job name (0 or missing: not scheduled by this worker). */
  intervals: Record<string, number>;
  /** Take jobs from the queue and offer scheduled runs; false for a replica that only serves. */
  worker: boolean;
  /** First retry's delay; each further one doubles (pg-boss's backoff, with jitter). */
  retryDelaySeconds: number;
  /** How often an idle worker looks for jobs. */
  pollingSeconds: number;
  log: Logger;
  /** Runs one attempt of a job; a throw is a failed attempt, retried by the queue. */
  execute(job: SubgraphJob, info: JobRunInfo): Promise<Record<string, unknown>>;
}

interface JobData {
  trigger: JobTrigger;
  startedBy: JobStarter | null;
}

const DEFAULT_ATTEMPTS = 3;
const STATES: Record<string, QueuedRunState> = {
  created: "WAITING",
  retry: "RETRYING",
  active: "RUNNING",
  completed: "SUCCEEDED",
  failed: "FAILED",
  cancelled: "FAILED",
};

/** The queue's schema for a subgraph. */
export const queueSchema = (subgraph: string) => `${subgraph}_queue`;

/** The queue's name for a job: pg-boss names allow letters, digits, -, _, . and /. */
const queueName = (job: string) => job;

/** pg returns `timestamp without time zone` (pg-boss's singleton_on) as local time; it is UTC. */
const utc = (local: Date) => new Date(local.getTime() - local.getTimezoneOffset() * 60_000);

const errorText = (output: unknown): string | null => {
  if (!output || typeof output !== "object") return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === "string" ? message : JSON.stringify(output);
};

export class JobQueue implements JobQueueAccess {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly workerIds = new Map<string, string>();
  private stopped = false;

  private constructor(
    private readonly boss: PgBoss,
    private readonly options: JobQueueOptions,
  ) {}

  static async start(options: JobQueueOptions): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: queueSchema(options.subgraph),
      application_name: `${options.subgraph}-queue`,
      // Two connections for a replica that only enqueues; a worker polls each job's queue.
      max: options.worker ? 3 : 2,
      // Maintenance (expiring stuck runs, archiving) and the clock are a worker's business.
      supervise: options.worker,
      // pg-boss's cron is minute-grained; the clock here offers periods of any length (above).
      schedule: false,
    });
    boss.on("error", (error: Error) =>
      options.log.error("job queue error", { error: error.message }),
    );
    await boss.start();
    const queue = new JobQueue(boss, options);
    try {
      for (const job of options.jobs) {
        const maxAttempts = job.maxAttempts ?? DEFAULT_ATTEMPTS;
        const settings = {
          name: queueName(job.name),
          policy: "standard" as const,
          retryLimit: maxAttempts - 1,
          retryDelay: Math.max(1, Math.round(options.retryDelaySeconds)),
          retryBackoff: true,
        };
        // createQueue leaves an existing queue as it is; its retry settings follow the code (every
        // instance sets the same: JOB_<NAME>_SECONDS aside, the settings are the code's).
        await boss.createQueue(settings.name, settings);
        await boss.updateQueue(settings.name, settings);
      }
      if (options.worker) await queue.startWorking();
    } catch (error) {
      await queue.stop();
      throw error;
    }
    return queue;
  }

  private async startWorking(): Promise<void> {
    const { jobs, intervals, log } = this.options;
    for (const job of jobs) {
      const id = await this.boss.work<JobData>(
        queueName(job.name),
        {
          includeMetadata: true,
          batchSize: 1,
          pollingIntervalSeconds: this.options.pollingSeconds,
        },
        async ([queued]) => {
          if (!queued) return null;
          const info: JobRunInfo = {
            id: queued.id,
            trigger: queued.data.trigger,
            startedBy: queued.data.startedBy ?? null,
            attempt: queued.retryCount + 1,
            maxAttempts: queued.retryLimit + 1,
            scheduledFor:
              queued.data.trigger === "SCHEDULE" && queued.singletonOn
                ? utc(new Date(queued.singletonOn))
                : null,
            retryDelaySeconds: this.options.retryDelaySeconds,
          };
          return this.options.execute(job, info);
        },
      );
      this.workerIds.set(job.name, id);
      const seconds = intervals[job.name];
      if (!seconds) continue;
      const offer = () => void this.offerNextPeriod(job.name, seconds);
      offer();
      // Offered at least once per period, so every period has its run waiting before it starts.
      this.timers.push(setInterval(offer, Math.min(seconds, 60) * 1000));
      log.info("job scheduled", { job: job.name, everySeconds: seconds });
    }
  }

  /** Offers the run of the period after the current one; one offer per period is kept. */
  private async offerNextPeriod(job: string, seconds: number): Promise<void> {
    if (this.stopped) return;
    const periodMs = seconds * 1000;
    const next = new Date((Math.floor(Date.now() / periodMs) + 1) * periodMs);
    const data: JobData = { trigger: "SCHEDULE", startedBy: null };
    try {
      await this.boss.send(queueName(job), data, {
        singletonSeconds: seconds,
        singletonNextSlot: true,
        startAfter: next,
      });
    } catch (error) {
      if (!this.stopped)
        this.options.log.error("job offer failed", { job, error: (error as Error).message });
    }
  }

  /** Puts a run asked for by hand in the queue; its id follows it (`get`, `waitFor`). */
  async enqueue(job: string, startedBy: JobStarter): Promise<string> {
    const data: JobData = { trigger: "MANUAL", startedBy };
    const id = await this.boss.send(queueName(job), data, {});
    if (!id) throw new Error(`the queue refused a run of ${job}`);
    // A worker on this instance takes it at once instead of at its next poll.
    const worker = this.workerIds.get(job);
    if (worker) this.boss.notifyWorker(worker);
    return id;
  }

  /** One job of the queue (kept until archived, 12 hours after it ended). */
  async get(job: string, id: string): Promise<QueuedRun | null> {
    const row = await this.boss.getJobById<JobData>(queueName(job), id);
    return row ? this.toRun(job, row) : null;
  }

  /**
   * Waits until a job has made its first attempt (succeeded, or failed and waits for a retry or
   * gave up), checking every `everyMs`; null when `timeoutMs` passed first.
   */
  async waitFor(
    job: string,
    id: string,
    timeoutMs: number,
    everyMs = 100,
  ): Promise<QueuedRun | null> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      let run: QueuedRun | null;
      try {
        run = await this.get(job, id);
      } catch (error) {
        // The queue stopped under a request waiting for its run: it stays queued.
        if (this.stopped) return null;
        throw error;
      }
      if (run && run.state !== "WAITING" && run.state !== "RUNNING") return run;
      if (Date.now() >= until || this.stopped) return null;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }

  /** The jobs waiting, running or waiting for a retry, soonest first. */
  async pending(): Promise<QueuedRun[]> {
    const schema = queueSchema(this.options.subgraph);
    const { rows } = await this.boss.getDb().executeSql(
      `select id, name, data, state, start_after, retry_count, retry_limit, output
         from ${schema}.job where state < 'completed' order by start_after, created_on`,
      [],
    );
    return (rows as Row[]).map((row) =>
      this.toRun(row.name, {
        id: row.id,
        data: row.data,
        state: row.state,
        startAfter: row.start_after,
        retryCount: row.retry_count,
        retryLimit: row.retry_limit,
        output: row.output,
      }),
    );
  }

  private toRun(
    job: string,
    row: Pick<
      PgBoss.JobWithMetadata<JobData>,
      "id" | "data" | "state" | "startAfter" | "retryCount" | "retryLimit" | "output"
    >,
  ): QueuedRun {
    const state = STATES[row.state] ?? "WAITING";
    const failed = state === "RETRYING" || state === "FAILED";
    return {
      id: row.id,
      job,
      trigger: row.data?.trigger ?? "SCHEDULE",
      state,
      runAfter: new Date(row.startAfter),
      // pg-boss counts a retry when it fetches the job again.
      attempt: row.retryCount + (state === "RETRYING" ? 2 : 1),
      maxAttempts: row.retryLimit + 1,
      lastError: failed ? errorText(row.output) : null,
      output:
        state === "SUCCEEDED" && row.output && typeof row.output === "object"
          ? (row.output as Record<string, unknown>)
          : null,
    };
  }

  /**
   * Stops the clock and the workers, waits for runs under way (up to 4 s, inside the process's 5 s
   * for a graceful stop; pg-boss then fails what is left, and the queue retries it), closes the pool.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: 4_000 });
  }
}

interface Row {
  id: string;
  name: string;
  data: JobData;
  state: PgBoss.JobWithMetadata["state"];
  start_after: Date;
  retry_count: number;
  retry_limit: number;
  output: object;
}
