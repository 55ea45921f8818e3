/**
 * The subgraph's own clock: with its jobs switched on, overdue warnings are escalated and the
 * engine raises warnings (and pushes fitting resources) with nobody calling a mutation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { evaluationKnex, INGEST_INDICATORS } from "./support";

interface WarningRow {
  id: string;
  person_id: string;
  category: string;
  status: string;
  escalation_tier: string;
  rule_version_id: string | null;
}

describe("scheduled jobs", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-jobs");
  const student = b.student({ name: "王子涵" });
  const failing = b.student({ name: "李浩然" });
  b.staff({ name: "刘建国" }); // rules are published by the dataset's first member of staff
  // Raised long ago and never assigned: overdue at any tier's deadline.
  const stale = b.warning(student, {
    status: "OPEN",
    level: "YELLOW",
    raisedAt: "2026-03-01T08:00:00.000Z",
  });
  const dataset = b.build();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], {
      dataset,
      jobIntervals: { "escalate-warnings": 1, "warning-engine": 1 },
    });
  });
  afterAll(() => harness?.stop());

  const knex = () => evaluationKnex(harness).withSchema("evaluation");
  const warnings = async (where: Partial<WarningRow>) =>
    (await knex().table("warning").where(where)) as WarningRow[];

  it("escalates an overdue warning on its own, once per missed due time", async () => {
    await expect
      .poll(async () => (await warnings({ id: stale.id }))[0]?.escalation_tier, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe("COLLEGE");
    const escalations = await knex().table("warning_escalation").where({ warning_id: stale.id });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      from_tier: "COUNSELOR",
      to_tier: "COLLEGE",
      stage: "OPEN",
    });
  });

  it("runs the warning engine on its own, and pushes the resources the new warning fits", async () => {
    // Twelve failed credits this term: the seeded ACADEMIC_FAILED_CREDITS rule fires at the next run.
    const today = new Date().toISOString().slice(0, 10);
    const ingested = await subgraphQuery(
      harness,
      "evaluation",
      INGEST_INDICATORS,
      {
        input: {
          clientKey: "jobs-test",
          records: [{ personId: failing.id, kind: "FAILED_CREDITS", value: 12, observedOn: today }],
        },
      },
      callers.admin(),
    );
    expect(ingested.errors).toBeUndefined();
    expect(expectData(ingested).ingestIndicators.batch.accepted).toBe(1);
    await expect
      .poll(async () => (await knex().table("warning").where({ person_id: failing.id })).length, {
        timeout: 10_000,
        interval: 200,
      })
      .toBe(1);
    const [warning] = await warnings({ person_id: failing.id });
    expect(warning).toMatchObject({ category: "ACADEMIC", status: "OPEN" });
    expect(warning?.rule_version_id).not.toBeNull();
    await expect
      .poll(
        async () => (await knex().table("resource_push").where({ person_id: failing.id })).length,
        { timeout: 5_000, interval: 200 },
      )
      .toBeGreaterThan(0);
  });

  it("logs each run by the clock as a JobRun, started by the job itself", async () => {
    await expect
      .poll(
        async () =>
          (await knex().table("job_run").where({ job: "escalate-warnings" })) as {
            trigger: string;
            started_by_name: string;
            started_by_id: string | null;
            succeeded: boolean;
          }[],
        { timeout: 5_000, interval: 200 },
      )
      .toContainEqual(
        expect.objectContaining({
          trigger: "SCHEDULE",
          started_by_name: "escalate-warnings",
          started_by_id: null,
          succeeded: true,
        }),
      );
  });
});
