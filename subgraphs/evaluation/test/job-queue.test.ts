/**
 * The scheduled jobs on the job queue (pg-boss, in the subgraph's own `evaluation_queue` schema):
 * three workers racing on one database run each scheduled period once; a replica with its worker
 * off serves the graph and its "run now" is run by a worker; a failed run is retried with backoff,
 * a bounded number of times, and each failed attempt shows through `scheduledJobs`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, stableId } from "@campus/demo-data";
import {
  callerFor,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  testKeys,
  type SubgraphHarness,
} from "@campus/testkit";
import { startSubgraph, type RunningSubgraph } from "@campus/subgraph/server";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { evaluationKnex } from "./support";

const JOBS = graphql(`
  query QueueScheduledJobs {
    scheduledJobs {
      name
      nextRunAt
      lastRun {
        id
        queueJobId
        attempt
        maxAttempts
        succeeded
        summary
      }
      queued {
        id
        trigger
        state
        runAfter
        attempt
        maxAttempts
        lastError
      }
      failures {
        id
        queueJobId
        trigger
        attempt
        maxAttempts
        startedAt
        finishedAt
        succeeded
        summary
      }
    }
  }
`);
const RUN_JOB = graphql(`
  mutation QueueRunJob($name: String!) {
    runJob(name: $name) {
      id
      job
      queueJobId
      trigger
      startedByName
      attempt
      maxAttempts
      scheduledFor
      succeeded
      summary
    }
  }
`);

interface LogLine {
  message: string;
  job?: string;
  runId?: string;
  attempt?: number;
}

describe("scheduled jobs on the job queue", () => {
  let harness: SubgraphHarness;
  const workers: RunningSubgraph[] = [];
  const workerLogs: LogLine[][] = [[], [], []];
  const servingLog: LogLine[] = [];
  const b = new DatasetBuilder("evaluation-job-queue");
  const student = b.student({ name: "王子涵" });
  b.staff({ name: "刘建国" });
  b.warning(student, { status: "OPEN", level: "YELLOW", raisedAt: "2026-03-01T08:00:00.000Z" });
  const admin = callerFor(["admin"], stableId("job-queue:admin"), "系统管理员");

  beforeAll(async () => {
    // The replica that serves the graph takes no jobs (JOB_WORKER=false) ...
    harness = await startTestSubgraphs([{ definition, seed }], {
      dataset: b.build(),
      jobWorker: false,
      jobIntervals: { "escalate-warnings": 1 },
      // The queue's retry settings are the same on every instance (each sets them at start).
      jobRetryDelaySeconds: 1,
      logLevel: "info",
      logWrite: (line) => servingLog.push(JSON.parse(line) as LogLine),
    });
    // ... three workers on the same database do, each with the escalation scheduled every second.
    for (const log of workerLogs) {
      workers.push(
        await startSubgraph(definition, {
          databaseUrl: harness.database.url,
          port: 0,
          credentialPublicKeyPem: testKeys().internal.publicKeyPem,
          graph: "unchecked",
          jobIntervals: { "escalate-warnings": 1 },
          jobRetryDelaySeconds: 1,
          logLevel: "info",
          logWrite: (line) => log.push(JSON.parse(line) as LogLine),
        }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await harness?.stop();
  });

  const knex = () => evaluationKnex(harness);
  const jobs = async () =>
    expectData(await subgraphQuery(harness, "evaluation", JOBS, {}, admin)).scheduledJobs;
  const jobNamed = async (name: string) => {
    const job = (await jobs()).find((j) => j.name === name);
    if (!job) throw new Error(`no job ${name}`);
    return job;
  };

  it("runs each scheduled period once with three workers racing for it", async () => {
    type Run = { queue_job_id: string; scheduled_for: Date | string | null; trigger: string };
    const scheduled = async () =>
      (await knex()
        .withSchema("evaluation")
        .table("job_run")
        .where({ job: "escalate-warnings", trigger: "SCHEDULE", succeeded: true })) as Run[];
    await expect
      .poll(async () => (await scheduled()).length, { timeout: 30_000, interval: 250 })
      .toBeGreaterThanOrEqual(6);
    const runs = await scheduled();
    const periods = runs.map((r) =>
      r.scheduled_for === null ? null : new Date(r.scheduled_for).toISOString(),
    );
    // Each is for a period of one second: the start of a whole second.
    expect(periods.every((p) => p !== null && p.endsWith(".000Z"))).toBe(true);
    // One run per period, and one per queued job: no period ran twice.
    expect(new Set(periods).size).toBe(runs.length);
    expect(new Set(runs.map((r) => r.queue_job_id)).size).toBe(runs.length);
    // The queue kept one job per period although every worker offered each period.
    const doubled = await knex().raw<{ rows: unknown[] }>(
      `select singleton_on, count(*) from evaluation_queue.job
        where name = 'escalate-warnings' group by singleton_on having count(*) > 1`,
    );
    expect(doubled.rows).toEqual([]);
    // The workers ran them; the replica that only serves ran none.
    const ranOn = new Map<string, number>();
    for (const log of workerLogs)
      for (const id of new Set(
        log.filter((l) => l.message === "job ran" && l.runId).map((l) => l.runId as string),
      ))
        ranOn.set(id, (ranOn.get(id) ?? 0) + 1);
    expect(ranOn.size).toBeGreaterThan(0);
    expect([...ranOn.values()].every((n) => n === 1)).toBe(true);
    expect(servingLog.filter((l) => l.message === "job ran")).toEqual([]);
    // The next period is waiting in the queue, and administrators see when it runs.
    const escalate = await jobNamed("escalate-warnings");
    expect(escalate.nextRunAt).not.toBeNull();
    expect(escalate.lastRun?.succeeded).toBe(true);
  });

  it("runs an administrator's run now through the queue, on a worker, logged as a JobRun", async () => {
    const ran = expectData(
      await subgraphQuery(harness, "evaluation", RUN_JOB, { name: "escalate-measures" }, admin),
    ).runJob;
    expect(ran).toMatchObject({
      job: "escalate-measures",
      trigger: "MANUAL",
      startedByName: "系统管理员",
      attempt: 1,
      maxAttempts: 3,
      scheduledFor: null,
      succeeded: true,
    });
    // The queue's own record of the run: asked for by the administrator, done.
    const queued = await knex().raw<{ rows: unknown[] }>(
      `select state, data from evaluation_queue.job where id = ? and name = 'escalate-measures'`,
      [ran.queueJobId],
    );
    expect(queued.rows).toEqual([
      {
        state: "completed",
        data: {
          trigger: "MANUAL",
          startedBy: { personId: stableId("job-queue:admin"), name: "系统管理员" },
        },
      },
    ]);
    // The replica that was asked (its worker off) enqueued it; one of the workers ran it.
    const ranOn = workerLogs.filter((log) =>
      log.some((l) => l.message === "job ran" && l.runId === ran.queueJobId),
    );
    expect(ranOn).toHaveLength(1);
    expect(servingLog.some((l) => l.runId === ran.queueJobId)).toBe(false);
  });

  it("retries a failed run with backoff up to its attempts, each failure shown in scheduledJobs", async () => {
    // A real failure: the push's table is gone while it runs.
    await knex().raw(`alter table evaluation.resource_push rename to resource_push_away`);
    let restored = false;
    try {
      const first = expectData(
        await subgraphQuery(harness, "evaluation", RUN_JOB, { name: "push-resources" }, admin),
      ).runJob;
      expect(first).toMatchObject({ trigger: "MANUAL", attempt: 1, maxAttempts: 3 });
      expect(first.succeeded).toBe(false);
      expect(first.summary).toMatch(/resource_push/);

      // While it waits for its retry, the queue shows it with the error and when it runs next.
      await expect
        .poll(
          async () => {
            const job = await jobNamed("push-resources");
            const waiting = job.queued.find((q) => q.id === first.queueJobId);
            return waiting?.state === "RETRYING" && waiting.runAfter === job.nextRunAt
              ? waiting
              : null;
          },
          { timeout: 15_000, interval: 100 },
        )
        .toMatchObject({
          trigger: "MANUAL",
          maxAttempts: 3,
          lastError: expect.stringMatching(/resource_push/) as unknown,
        });

      // Three attempts, then it gives up: each failed attempt logged and listed, newest first.
      await expect
        .poll(
          async () =>
            (await jobNamed("push-resources")).failures
              .filter((f) => f.queueJobId === first.queueJobId)
              .map((f) => f.attempt),
          { timeout: 30_000, interval: 250 },
        )
        .toEqual([3, 2, 1]);
      await expect
        .poll(
          async () =>
            await knex().raw<{ rows: { state: string }[] }>(
              `select state from evaluation_queue.job where id = ?`,
              [first.queueJobId],
            ),
          { timeout: 10_000, interval: 100 },
        )
        .toMatchObject({ rows: [{ state: "failed" }] });
      const job = await jobNamed("push-resources");
      expect(job.queued.find((q) => q.id === first.queueJobId)).toBeUndefined();
      expect(job.lastRun).toMatchObject({ queueJobId: first.queueJobId, attempt: 3 });
      expect(job.lastRun?.succeeded).toBe(false);
      const failures = job.failures.filter((f) => f.queueJobId === first.queueJobId);
      for (const failure of failures) {
        expect(failure).toMatchObject({ trigger: "MANUAL", maxAttempts: 3, succeeded: false });
        expect(failure.summary).toMatch(/resource_push/);
      }
      // Backoff: each retry waits at least the delay (1 s here) doubled per attempt.
      const [third, second, firstFailure] = failures.map((f) => ({
        startedAt: new Date(f.startedAt).getTime(),
        finishedAt: new Date(f.finishedAt).getTime(),
      }));
      expect(second.startedAt - firstFailure.finishedAt).toBeGreaterThanOrEqual(900);
      expect(third.startedAt - second.finishedAt).toBeGreaterThanOrEqual(1_900);

      await knex().raw(`alter table evaluation.resource_push_away rename to resource_push`);
      restored = true;
      // Once the cause is fixed, the next run succeeds.
      const again = expectData(
        await subgraphQuery(harness, "evaluation", RUN_JOB, { name: "push-resources" }, admin),
      ).runJob;
      expect(again).toMatchObject({ attempt: 1, succeeded: true });
      expect((await jobNamed("push-resources")).lastRun?.id).toBe(again.id);
    } finally {
      if (!restored)
        await knex().raw(`alter table evaluation.resource_push_away rename to resource_push`);
    }
  });
});

describe("a job worker's shutdown", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { jobWorker: false });
  });
  afterAll(() => harness?.stop());

  const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
  const connections = async () =>
    (
      await evaluationKnex(harness).raw<{ rows: { pid: number }[] }>(
        `select pid from pg_stat_activity where datname = current_database()`,
      )
    ).rows.map((r) => r.pid);

  it("leaves no connection and no timer behind once it ran its jobs and stopped", async () => {
    const timersBefore = timers();
    const connectionsBefore = new Set(await connections());
    const worker = await startSubgraph(definition, {
      databaseUrl: harness.database.url,
      port: 0,
      credentialPublicKeyPem: testKeys().internal.publicKeyPem,
      graph: "unchecked",
      jobIntervals: { "escalate-warnings": 1 },
      logLevel: "warn",
    });
    try {
      await expect
        .poll(
          async () =>
            (
              await evaluationKnex(harness)
                .withSchema("evaluation")
                .table("job_run")
                .where({ job: "escalate-warnings" })
            ).length,
          { timeout: 15_000, interval: 200 },
        )
        .toBeGreaterThan(0);
      expect((await connections()).some((pid) => !connectionsBefore.has(pid))).toBe(true);
    } finally {
      await worker.stop();
    }
    expect(timers()).toBeLessThanOrEqual(timersBefore);
    await expect
      .poll(async () => (await connections()).filter((pid) => !connectionsBefore.has(pid)), {
        timeout: 5_000,
        interval: 100,
      })
      .toEqual([]);
  });
});
