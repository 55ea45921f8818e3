// What a subgraph's jobs and its resolvers see of the job queue (job-queue.ts runs it).

/** SCHEDULE: a period of the job's schedule; MANUAL: an administrator's "run now". */
export type JobTrigger = "SCHEDULE" | "MANUAL";

/** Who asked for a run by hand. */
export interface JobStarter {
  personId: string | null;
  name: string;
}

/** One attempt of one queued run, as the job's `run` gets it. */
export interface JobRunInfo {
  /** The queue's id of the run (one per scheduled period, or per "run now"); stays over retries. */
  id: string;
  trigger: JobTrigger;
  /** Who asked for it; null for the schedule. */
  startedBy: JobStarter | null;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  maxAttempts: number;
  /** The start of the period a scheduled run is for; null for a run by hand. */
  scheduledFor: Date | null;
  /** The queue's first retry delay (each further one doubles): work that retries on its own (the outbox) backs off alike. */
  retryDelaySeconds?: number;
}

/** What a job in the queue is doing, as administrators see it. */
export type QueuedRunState = "WAITING" | "RUNNING" | "RETRYING" | "SUCCEEDED" | "FAILED";

/** One run in the queue: a scheduled period's or one asked for by hand. */
export interface QueuedRun {
  id: string;
  job: string;
  trigger: JobTrigger;
  state: QueuedRunState;
  /** When it may start (for a retry: after its backoff). */
  runAfter: Date;
  /** The attempt it is making, or will make next (1-based). */
  attempt: number;
  maxAttempts: number;
  /** The last failed attempt's error, while it waits for a retry or when it gave up. */
  lastError: string | null;
  /** What the run returned, once it succeeded. */
  output: Record<string, unknown> | null;
}

/** The queue as a request sees it (RequestContext.jobs): any instance can enqueue and read it. */
export interface JobQueueAccess {
  /** Puts a run asked for by hand in the queue; its id follows it. */
  enqueue(job: string, startedBy: JobStarter): Promise<string>;
  get(job: string, id: string): Promise<QueuedRun | null>;
  /** Waits until the run's first attempt ended (SUCCEEDED, RETRYING or FAILED); null on timeout. */
  waitFor(job: string, id: string, timeoutMs: number): Promise<QueuedRun | null>;
  /** Runs waiting, running or waiting for a retry, soonest first. */
  pending(): Promise<QueuedRun[]>;
}
