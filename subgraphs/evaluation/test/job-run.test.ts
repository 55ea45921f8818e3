/**
 * The scheduled jobs through the API: administrators see each with its latest run and run one at
 * once; a run is logged with who and when; a job never runs twice at once (its advisory lock).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, stableId } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { errorsOf, evaluationKnex } from "./support";

const JOBS = graphql(`
  query ScheduledJobs {
    scheduledJobs {
      name
      everySeconds
      lastRun {
        id
        trigger
        startedByName
        startedAt
        finishedAt
        succeeded
        summary
      }
    }
  }
`);
const RUN_JOB = graphql(`
  mutation RunJob($name: String!) {
    runJob(name: $name) {
      id
      job
      trigger
      startedByName
      succeeded
      summary
    }
  }
`);

describe("scheduled jobs through the API", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-job-run");
  const student = b.student({ name: "王子涵" });
  b.staff({ name: "刘建国" });
  b.warning(student, { status: "OPEN", level: "YELLOW", raisedAt: "2026-03-01T08:00:00.000Z" });
  const admin = callerFor(["admin"], stableId("job-run:admin"), "系统管理员");

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const runCount = async () => {
    const [row] = await evaluationKnex(harness)
      .withSchema("evaluation")
      .table("job_run")
      .count<{ count: string }[]>("*");
    return Number(row?.count);
  };

  it("lists every job, with no run yet, and runs one now, logged with who and when", async () => {
    const before = expectData(await subgraphQuery(harness, "evaluation", JOBS, {}, admin));
    expect(before.scheduledJobs.map((j) => j.name)).toEqual([
      "warning-engine",
      "escalate-warnings",
      "escalate-measures",
      "push-resources",
    ]);
    expect(before.scheduledJobs.every((j) => j.lastRun === null)).toBe(true);

    const ran = expectData(
      await subgraphQuery(harness, "evaluation", RUN_JOB, { name: "escalate-warnings" }, admin),
    ).runJob;
    expect(ran).toMatchObject({
      job: "escalate-warnings",
      trigger: "MANUAL",
      startedByName: "系统管理员",
      succeeded: true,
    });
    expect(JSON.parse(ran.summary)).toMatchObject({ escalated: 1 });

    const after = expectData(await subgraphQuery(harness, "evaluation", JOBS, {}, admin));
    const escalate = after.scheduledJobs.find((j) => j.name === "escalate-warnings");
    expect(escalate?.lastRun).toMatchObject({ id: ran.id, trigger: "MANUAL", succeeded: true });
    expect(after.scheduledJobs.find((j) => j.name === "warning-engine")?.lastRun).toBeNull();
    const rows = (await evaluationKnex(harness)
      .withSchema("evaluation")
      .table("job_run")
      .where({ id: ran.id })) as { started_by_id: string }[];
    expect(rows[0]?.started_by_id).toBe(stableId("job-run:admin"));
  });

  it("refuses an unknown job with BAD_USER_INPUT, running nothing", async () => {
    const before = await runCount();
    const res = await subgraphQuery(harness, "evaluation", RUN_JOB, { name: "no-such-job" }, admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(await runCount()).toBe(before);
  });

  it("refuses the list and run-now to everyone but administrators, running nothing", async () => {
    const before = await runCount();
    for (const caller of [
      callers.counselor(stableId("job-run:counselor")),
      callers.student(student.id),
      callerFor(["auditor"]),
      callerFor(["college_admin"]),
      callerFor(["school_admin"]),
      callerFor(["developer"]),
      callerFor(["service"], null, "service"),
    ]) {
      const list = await subgraphQuery(harness, "evaluation", JOBS, {}, caller);
      expect(errorsOf(list), caller.name).toEqual([[["scheduledJobs"], "FORBIDDEN"]]);
      const run = await subgraphQuery(
        harness,
        "evaluation",
        RUN_JOB,
        { name: "warning-engine" },
        caller,
      );
      expect(errorsOf(run), caller.name).toEqual([[["runJob"], "FORBIDDEN"]]);
    }
    expect(await runCount()).toBe(before);
  });

  it("does not run a job while another run of it holds its lock (CONFLICT), and runs it once the lock is free", async () => {
    const knex = evaluationKnex(harness);
    const other = await knex.transaction();
    try {
      // Another run of push-resources, on this instance or another, holding the job's lock.
      await other.raw(
        "select pg_advisory_xact_lock(hashtext('evaluation.job'), hashtext('push-resources'))",
      );
      const before = await runCount();
      const res = await subgraphQuery(
        harness,
        "evaluation",
        RUN_JOB,
        { name: "push-resources" },
        admin,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
      expect(await runCount()).toBe(before);
      // Another job has its own lock.
      const engine = await subgraphQuery(
        harness,
        "evaluation",
        RUN_JOB,
        { name: "escalate-measures" },
        admin,
      );
      expect(expectData(engine).runJob.succeeded).toBe(true);
    } finally {
      await other.commit();
    }
    const free = await subgraphQuery(
      harness,
      "evaluation",
      RUN_JOB,
      { name: "push-resources" },
      admin,
    );
    expect(expectData(free).runJob).toMatchObject({ job: "push-resources", succeeded: true });
  });
});
