import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder, type PersonSeed, type WarningSeed } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
  type VariablesOf,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { CreateResourceRuleInput, ResourceKind } from "./generated/graphql";
import { covering, evaluationKnex, evaluationSubgraph, type Caller } from "./support";

const DAY = 86_400_000;

/**
 * A hand-made history: warnings raised in March 2025, resources pushed for them, some taken up,
 * and the warnings closed after a known number of days. The report must say that the students
 * who took tutoring up closed in 4 and 6 days (median and mean 5), the others in 20 (one still open).
 */
describe("evaluation: resource outcome report", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-resource-outcome");
  const raised = "2025-03-05T08:00:00.000Z";
  const [s1, s2, s3, s4, s5, s6, s7, s8] = ["一", "二", "三", "四", "五", "六", "七", "八"].map(
    (n) => b.student({ name: `学生${n}` }),
  );
  const w1 = b.warning(s1, { category: "ACADEMIC", level: "ORANGE", raisedAt: raised });
  const w2 = b.warning(s2, { category: "ACADEMIC", level: "YELLOW", raisedAt: raised });
  const w3 = b.warning(s3, { category: "ACADEMIC", level: "RED", raisedAt: raised });
  b.warning(s4, { category: "ACADEMIC", level: "YELLOW", raisedAt: raised });
  // Raised after the period: not counted though taken up.
  const w5 = b.warning(s5, {
    category: "ACADEMIC",
    level: "YELLOW",
    raisedAt: "2025-04-02T08:00:00.000Z",
  });
  const w6 = b.warning(s6, {
    category: "FINANCIAL",
    level: "ORANGE",
    raisedAt: "2025-03-10T08:00:00.000Z",
  });
  // A mental-health warning: administrators, who do not hold MENTAL_HEALTH, never see it counted.
  b.warning(s7, { category: "MENTAL_HEALTH", level: "RED", raisedAt: raised });
  // Pushed nothing (no rule for SAFETY): not in the report at all.
  b.warning(s8, { category: "SAFETY", level: "RED", raisedAt: raised });
  const dataset = b.build();
  const period = { from: "2025-03-01T00:00:00.000Z", to: "2025-04-01T00:00:00.000Z" };
  // What the report says of each group, those who took a resource up and those who did not.
  graphql(`
    fragment OutcomeFigureFields on OutcomeFigures {
      warnings
      closed
      medianDaysToClose
      meanDaysToClose
    }
  `);
  const REPORT = graphql(`
    query OutcomeReport($from: DateTimeISO!, $to: DateTimeISO!) {
      resourceOutcomeReport(from: $from, to: $to) {
        resourceKind
        warningCategory
        tookUp {
          ...OutcomeFigureFields
        }
        didNotTakeUp {
          ...OutcomeFigureFields
        }
      }
    }
  `);
  const PUSH = graphql(`
    mutation OutcomePushResources {
      pushResources(asOf: "2025-04-10T00:00:00.000Z") {
        pushed
      }
    }
  `);
  const MARK_READ = graphql(`
    mutation OutcomeMarkPushRead($id: ID!) {
      markPushRead(pushId: $id) {
        id
      }
    }
  `);
  const CREATE_RESOURCE = graphql(`
    mutation OutcomeCreateResource($input: CreateResourceInput!) {
      createResource(input: $input) {
        id
      }
    }
  `);
  const CREATE_RULE = graphql(`
    mutation OutcomeCreateResourceRule($input: CreateResourceRuleInput!) {
      createResourceRule(input: $input) {
        id
      }
    }
  `);
  const UPTAKE = graphql(`
    mutation OutcomeRecordUptake($id: ID!) {
      recordUptake(input: { pushId: $id, note: "去了" }) {
        uptakeAt
      }
    }
  `);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    await knex().raw(`truncate "evaluation"."resource" cascade`);
    const tutoring = await create("TUTORING", "朋辈辅导", { warningCategory: "ACADEMIC" });
    await create("MENTAL_HEALTH_EDUCATION", "团体辅导", { warningCategory: "MENTAL_HEALTH" });
    await create("FINANCIAL_AID", "助学金", { warningCategory: "FINANCIAL" });
    const push = await subgraphQuery(harness, "evaluation", PUSH);
    expect(expectData(push).pushResources.pushed).toBe(7);
    for (const s of [s1, s2, s5, s6, s7]) await takeUp(s);
    // s3 read the push but did not take it up.
    const [p3] = await knex()
      .withSchema("evaluation")
      .table("resource_push")
      .where({ person_id: s3.id, resource_id: tutoring })
      .select<{ id: string }[]>("id");
    if (!p3) throw new Error("no push of tutoring to s3");
    expect(
      (await subgraphQuery(harness, "evaluation", MARK_READ, { id: p3.id }, callers.student(s3.id)))
        .errors,
    ).toBeUndefined();
    await close(w1, 4);
    await close(w2, 6);
    await close(w3, 20, "transition");
    await close(w5, 1);
    await close(w6, 3);
  });
  afterAll(() => harness?.stop());

  const knex = () => evaluationKnex(harness);
  const report = (
    as: Caller = callers.admin(),
    options?: ExecuteOptions,
    vars: VariablesOf<typeof REPORT> = period,
  ) => subgraphQuery(harness, "evaluation", REPORT, vars, as, options);

  async function create(
    kind: ResourceKind,
    title: string,
    rule: Omit<CreateResourceRuleInput, "resourceId">,
  ): Promise<string> {
    const res = await subgraphQuery(harness, "evaluation", CREATE_RESOURCE, {
      input: { kind, title, description: title, provider: "学生工作部" },
    });
    const id = expectData(res).createResource.id;
    const made = await subgraphQuery(harness, "evaluation", CREATE_RULE, {
      input: { resourceId: id, ...rule },
    });
    expect(made.errors).toBeUndefined();
    return id;
  }

  async function takeUp(student: PersonSeed) {
    const [push] = await knex()
      .withSchema("evaluation")
      .table("resource_push")
      .where({ person_id: student.id })
      .select<{ id: string }[]>("id");
    if (!push) throw new Error(`no push to ${student.id}`);
    const res = await subgraphQuery(
      harness,
      "evaluation",
      UPTAKE,
      { id: push.id },
      callers.student(student.id),
    );
    expect(res.errors).toBeUndefined();
  }

  /** Closes a warning `days` after it was raised: with closedAt, or as older rows did, only in its history. */
  async function close(
    warning: WarningSeed,
    days: number,
    how: "closedAt" | "transition" = "closedAt",
  ) {
    const at = new Date(new Date(warning.raisedAt).getTime() + days * DAY);
    const table = knex().withSchema("evaluation");
    await table
      .clone()
      .table("warning")
      .where({ id: warning.id })
      .update({ status: "CLOSED", closed_at: how === "closedAt" ? at : null });
    if (how === "transition") {
      await table.clone().table("warning_transition").insert({
        id: randomUUID(),
        warning_id: warning.id,
        warning_version: 1,
        from_status: "TRACKING",
        to_status: "CLOSED",
        by_person_id: randomUUID(),
        at,
      });
    }
  }

  it("compares how fast warnings close for students who took a resource up and those who did not", async () => {
    const res = await report();
    expect(res.errors).toBeUndefined();
    expect(expectData(res).resourceOutcomeReport).toEqual([
      {
        resourceKind: "TUTORING",
        warningCategory: "ACADEMIC",
        tookUp: { warnings: 2, closed: 2, medianDaysToClose: 5, meanDaysToClose: 5 },
        didNotTakeUp: { warnings: 2, closed: 1, medianDaysToClose: 20, meanDaysToClose: 20 },
      },
      {
        resourceKind: "FINANCIAL_AID",
        warningCategory: "FINANCIAL",
        tookUp: { warnings: 1, closed: 1, medianDaysToClose: 3, meanDaysToClose: 3 },
        didNotTakeUp: { warnings: 0, closed: 0, medianDaysToClose: null, meanDaysToClose: null },
      },
    ]);
  });

  it("is one statement", async () => {
    const before = evaluationSubgraph(harness).statements.count;
    expect((await report()).errors).toBeUndefined();
    expect(evaluationSubgraph(harness).statements.count - before).toBe(1);
  });

  it("counts only the students a college administrator covers", async () => {
    const res = await report(
      callerFor(["college_admin"], randomUUID()),
      covering("college_admin", [s1.id, s3.id, s6.id]),
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).resourceOutcomeReport).toEqual([
      {
        resourceKind: "TUTORING",
        warningCategory: "ACADEMIC",
        tookUp: { warnings: 1, closed: 1, medianDaysToClose: 4, meanDaysToClose: 4 },
        didNotTakeUp: { warnings: 1, closed: 1, medianDaysToClose: 20, meanDaysToClose: 20 },
      },
      {
        resourceKind: "FINANCIAL_AID",
        warningCategory: "FINANCIAL",
        tookUp: { warnings: 1, closed: 1, medianDaysToClose: 3, meanDaysToClose: 3 },
        didNotTakeUp: { warnings: 0, closed: 0, medianDaysToClose: null, meanDaysToClose: null },
      },
    ]);
  });

  it("is for administrators only, and needs from before to", async () => {
    for (const [as, options] of [
      [callers.student(s1.id), undefined],
      [callers.counselor(randomUUID()), covering("counselor", [s1.id, s7.id])],
      [callerFor(["grid_leader"], randomUUID()), covering("grid_leader", [s1.id])],
    ] as [Caller, ExecuteOptions | undefined][]) {
      const res = await report(as, options);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const backwards = await report(callers.admin(), undefined, {
      from: period.to,
      to: period.from,
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "to",
    });
    const empty = await report(callers.admin(), undefined, {
      from: "2020-01-01T00:00:00.000Z",
      to: "2020-02-01T00:00:00.000Z",
    });
    expect(expectData(empty).resourceOutcomeReport).toEqual([]);
  });
});
