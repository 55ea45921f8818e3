import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoData, stableId } from "@campus/demo-data";
import type { Caller } from "@campus/auth";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { demoRuleId } from "../src/warning-rule/warning-rule.seed";
import { graphql } from "./generated";
import type { CreateWarningRuleInput, IndicatorRecordInput } from "./generated/graphql";
import { evaluationEm, INGEST_INDICATORS, present } from "./support";

const CREATE = graphql(`
  mutation EngineCreateRule($input: CreateWarningRuleInput!) {
    createWarningRule(input: $input) {
      id
      currentVersion {
        id
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation EnginePublishRule($id: ID!, $input: RuleVersionInput!) {
    publishWarningRuleVersion(ruleId: $id, input: $input) {
      currentVersion {
        id
        version
      }
    }
  }
`);
const SET_INACTIVE = graphql(`
  mutation EngineSwitchRuleOff($id: ID!) {
    setWarningRuleActive(ruleId: $id, active: false) {
      id
    }
  }
`);
const RUN = graphql(`
  mutation EngineRun($asOf: DateTimeISO) {
    runWarningEngine(asOf: $asOf) {
      id
      asOf
      rulesEvaluated
      raised
      alreadyOpen
      startedAt
      finishedAt
    }
  }
`);
const RULE_VERSIONS_PAGE = graphql(`
  query EngineWarningRuleVersions($first: Int!) {
    warnings(first: $first) {
      edges {
        node {
          ruleVersion {
            version
            rule {
              code
            }
          }
        }
      }
    }
  }
`);
const DEMO_RULES = graphql(`
  query EngineDemoRules {
    warningRules(first: 10) {
      edges {
        node {
          code
          active
          currentVersion {
            version
            description
          }
        }
      }
    }
  }
`);
const RULE_CODE = graphql(`
  query EngineRuleCode($id: ID!) {
    warningRule(id: $id) {
      code
    }
  }
`);
/**
 * Plain text: `_entities` comes from the federation library and is in no schema file codegen
 * checks against. What it answers is written out below.
 */
const WARNINGS = `query EngineWarningsOf($id: ID!) { _entities(representations: [{ __typename: "Person", id: $id }]) { ... on Person {
  warnings { id category level status summary raisedAt evidence { indicator value threshold } ruleVersion { id version rule { code } } }
} } }`;
interface EngineWarning {
  id: string;
  category: string;
  level: string;
  status: string;
  summary: string;
  raisedAt: string;
  evidence: { indicator: string; value: string; threshold: string }[];
  ruleVersion: { id: string; version: number; rule: { code: string } } | null;
}

const GATEWAY: Caller = {
  subject: "campus-gateway",
  personId: null,
  name: "campus gateway",
  roles: [],
  client: "gateway",
};
const admin = callerFor(["admin"], stableId("engine-test:admin"), "admin");

type IndicatorRow = IndicatorRecordInput;

/** The harness, plus delivering records and running the engine as an administrator. */
function engineHarness() {
  const h = {} as { harness: SubgraphHarness };
  let batches = 0;
  beforeAll(async () => {
    h.harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => h.harness?.stop());
  return {
    get harness() {
      return h.harness;
    },
    async ingest(records: IndicatorRow[]) {
      const res = await subgraphQuery(
        h.harness,
        "evaluation",
        INGEST_INDICATORS,
        { input: { clientKey: `batch-${++batches}`, records } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const { batch } = expectData(res).ingestIndicators;
      expect(batch.rejected, JSON.stringify(batch.rows)).toBe(0);
    },
    async createRule(
      input: CreateWarningRuleInput,
    ): Promise<{ id: string; currentVersion: { id: string } }> {
      const res = await subgraphQuery(h.harness, "evaluation", CREATE, { input }, admin);
      expect(res.errors).toBeUndefined();
      return expectData(res).createWarningRule;
    },
    async run(asOf: string, as: Caller = admin, system = false) {
      const res = await subgraphQuery(h.harness, "evaluation", RUN, { asOf }, as, { system });
      expect(res.errors).toBeUndefined();
      return expectData(res).runWarningEngine;
    },
    async warningsOf(personId: string) {
      const res = await h.harness.execute<{ _entities: { warnings: EngineWarning[] }[] }>(
        "evaluation",
        WARNINGS,
        { id: personId },
        admin,
      );
      expect(res.errors).toBeUndefined();
      return present(expectData(res)._entities[0], "the person").warnings;
    },
    sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
      return evaluationEm(h.harness).getConnection().execute<T[]>(query, params);
    },
  };
}

describe("warning engine: rules fire with their evidence, once per open warning", () => {
  const t = engineHarness();
  const [a, b, c, d, e, f, g] = ["a", "b", "c", "d", "e", "f", "g"].map((n) =>
    stableId(`engine-test:student:${n}`),
  ) as [string, string, string, string, string, string, string];
  const asOf = "2025-06-30T04:00:00.000Z"; // noon on campus
  let credits: { id: string; currentVersion: { id: string } };
  let conduct: { id: string };
  let spending: { id: string };

  beforeAll(async () => {
    credits = await t.createRule({
      code: "ACADEMIC_FAILED_CREDITS",
      name: "不及格学分预警",
      category: "ACADEMIC",
      level: "ORANGE",
      windowDays: 180,
      conditions: [
        { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 10 },
      ],
      summaryTemplate: "近{windowDays}天不及格学分累计{FAILED_CREDITS}分",
    });
    conduct = await t.createRule({
      code: "BEHAVIOUR_LATE_AND_ABSENT",
      name: "晚归且缺课预警",
      category: "BEHAVIOUR",
      level: "YELLOW",
      windowDays: 30,
      conditions: [
        { indicator: "LATE_RETURNS", aggregate: "SUM", operator: "GTE", threshold: 3 },
        { indicator: "CLASS_ABSENCES", aggregate: "MAX", operator: "GTE", threshold: 2 },
      ],
      summaryTemplate: "晚归{LATE_RETURNS}次，单日缺课最多{CLASS_ABSENCES}次",
    });
    spending = await t.createRule({
      code: "FINANCIAL_LOW_SPENDING",
      name: "消费偏低预警",
      category: "FINANCIAL",
      level: "YELLOW",
      windowDays: 60,
      conditions: [
        { indicator: "CARD_SPENDING", aggregate: "AVG", operator: "LT", threshold: 300 },
      ],
    });
    const r = (
      personId: string,
      kind: IndicatorRow["kind"],
      value: number,
      observedOn: string,
    ) => ({
      personId,
      kind,
      value,
      observedOn,
    });
    await t.ingest([
      // a: 6 + 5.5 within 180 days (the last on the day itself) fires; b: 6 within, 8 just outside.
      r(a, "FAILED_CREDITS", 6, "2025-01-10"),
      r(a, "FAILED_CREDITS", 5.5, "2025-06-30"),
      r(b, "FAILED_CREDITS", 6, "2025-03-01"),
      r(b, "FAILED_CREDITS", 8, "2025-01-01"),
      // c: 3 late returns and 2 absences in a day fires; d: 3 late returns but at most 1 absence.
      r(c, "LATE_RETURNS", 1, "2025-06-05"),
      r(c, "LATE_RETURNS", 2, "2025-06-20"),
      r(c, "CLASS_ABSENCES", 2, "2025-06-10"),
      r(c, "CLASS_ABSENCES", 1, "2025-06-11"),
      r(d, "LATE_RETURNS", 3, "2025-06-25"),
      r(d, "CLASS_ABSENCES", 1, "2025-06-25"),
      // e: averages 265 yuan a month, fires; f: averages 325.
      r(e, "CARD_SPENDING", 250, "2025-05-31"),
      r(e, "CARD_SPENDING", 280, "2025-06-30"),
      r(f, "CARD_SPENDING", 250, "2025-05-31"),
      r(f, "CARD_SPENDING", 400, "2025-06-30"),
      // After asOf: not seen.
      r(b, "FAILED_CREDITS", 10, "2025-07-02"),
    ]);
  });

  it("raises a warning for each rule whose conditions all hold, with the rule version, the summary and the evidence", async () => {
    const run = await t.run(asOf);
    expect(run).toMatchObject({ asOf, rulesEvaluated: 3, raised: 3, alreadyOpen: 0 });

    const [wa] = await t.warningsOf(a);
    expect(wa).toMatchObject({
      category: "ACADEMIC",
      level: "ORANGE",
      status: "OPEN",
      raisedAt: asOf,
      summary: "近180天不及格学分累计11.5分",
      evidence: [{ indicator: "不及格学分合计（近180天）", value: "11.5", threshold: "≥ 10" }],
      ruleVersion: {
        id: credits.currentVersion.id,
        version: 1,
        rule: { code: "ACADEMIC_FAILED_CREDITS" },
      },
    });
    const [wc] = await t.warningsOf(c);
    expect(wc).toMatchObject({
      category: "BEHAVIOUR",
      level: "YELLOW",
      summary: "晚归3次，单日缺课最多2次",
      evidence: [
        { indicator: "晚归次数合计（近30天）", value: "3", threshold: "≥ 3" },
        { indicator: "缺课次数最高（近30天）", value: "2", threshold: "≥ 2" },
      ],
    });
    const [we] = await t.warningsOf(e);
    // No template: the description is the summary.
    expect(we).toMatchObject({
      category: "FINANCIAL",
      summary: "近60天内：校园卡月消费平均 < 300",
      evidence: [{ indicator: "校园卡月消费平均（近60天）", value: "265", threshold: "< 300" }],
    });
    for (const quiet of [b, d, f]) expect(await t.warningsOf(quiet)).toEqual([]);
  });

  it("raises nothing twice while the warning is open, however often and however concurrently it runs", async () => {
    expect(await t.run(asOf)).toMatchObject({ raised: 0, alreadyOpen: 3 });
    // g newly fires: of four runs at once, exactly one raises g's warning.
    await t.ingest([{ personId: g, kind: "FAILED_CREDITS", value: 12, observedOn: "2025-06-29" }]);
    const runs = await Promise.all([1, 2, 3, 4].map(() => t.run(asOf)));
    expect(runs.map((r) => r.raised).reduce((x, y) => x + y)).toBe(1);
    for (const run of runs) expect(run.raised + run.alreadyOpen).toBe(4);
    expect(await t.warningsOf(g)).toHaveLength(1);
    const [count] = await t.sql<{ n: number }>(`select count(*)::int as n from evaluation.warning`);
    expect(count?.n).toBe(4);
  });

  it("raises a new warning once the earlier one is CLOSED", async () => {
    const [earlier] = await t.warningsOf(a);
    await t.sql(`update evaluation.warning set status = 'CLOSED' where id = ?`, [
      present(earlier, "a's warning").id,
    ]);
    const later = "2025-07-01T04:00:00.000Z";
    expect(await t.run(later)).toMatchObject({ raised: 1, alreadyOpen: 3 });
    const warnings = await t.warningsOf(a);
    expect(warnings.map((w) => [w.status, w.raisedAt])).toEqual([
      ["OPEN", later],
      ["CLOSED", asOf],
    ]);
  });

  it("evaluates the current version of active rules only, and warnings keep the version that raised them", async () => {
    const published = await subgraphQuery(
      t.harness,
      "evaluation",
      PUBLISH,
      {
        id: credits.id,
        input: {
          windowDays: 180,
          conditions: [
            { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 5 },
          ],
          summaryTemplate: "不及格学分{FAILED_CREDITS}分",
        },
      },
      admin,
    );
    expect(published.errors).toBeUndefined();
    const v2 = expectData(published).publishWarningRuleVersion.currentVersion;
    await subgraphQuery(t.harness, "evaluation", SET_INACTIVE, { id: spending.id }, admin);

    // b's 6 credits meet version 2's threshold of 5; a, c and g are open already; e's rule is off.
    const run = await t.run("2025-07-01T04:00:00.000Z");
    expect(run).toMatchObject({ rulesEvaluated: 2, raised: 1, alreadyOpen: 3 });
    const [wb] = await t.warningsOf(b);
    expect(wb).toMatchObject({ summary: "不及格学分6分", ruleVersion: { id: v2.id, version: 2 } });
    const [open, closed] = await t.warningsOf(a);
    expect([open?.ruleVersion?.version, closed?.ruleVersion?.version]).toEqual([1, 1]);
    expect(open?.evidence).toEqual([
      { indicator: "不及格学分合计（近180天）", value: "11.5", threshold: "≥ 10" },
    ]);
    void conduct;
  });

  it("answers null for the rule version of a warning made by hand", async () => {
    await t.sql(
      `insert into evaluation.warning (id, person_id, category, level, status, summary, raised_at) values (?, ?, 'SAFETY', 'RED', 'OPEN', '手工录入', now())`,
      [stableId("engine-test:manual"), d],
    );
    const [manual] = await t.warningsOf(d);
    expect(manual).toMatchObject({ summary: "手工录入", ruleVersion: null });
  });

  it("is run by administrators and the platform's scheduler, and refused to everyone else", async () => {
    expect((await t.run("2025-07-01T04:00:00.000Z", GATEWAY, true)).raised).toBe(0);
    for (const caller of [
      callers.counselor(stableId("engine-test:counselor")),
      callerFor(["college_admin"], stableId("engine-test:college")),
      callers.student(a),
      { ...callerFor(["service"], null, "app"), client: "service:x" },
    ]) {
      const res = await subgraphQuery(t.harness, "evaluation", RUN, { asOf }, caller);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("warning engine: every aggregate over the window, and which warnings hold back a re-raise", () => {
  const t = engineHarness();
  const [p1, p2, p3, p4, p5] = ["p1", "p2", "p3", "p4", "p5"].map((n) =>
    stableId(`engine-aggregates:student:${n}`),
  ) as [string, string, string, string, string];
  const asOf = "2025-06-30T04:00:00.000Z"; // the window of 30 days is 2025-06-01 to 2025-06-30
  const r = (personId: string, kind: IndicatorRow["kind"], value: number, observedOn: string) => ({
    personId,
    kind,
    value,
    observedOn,
  });
  const rule = (
    code: string,
    conditions: CreateWarningRuleInput["conditions"],
  ): CreateWarningRuleInput => ({
    code,
    name: code,
    category: "BEHAVIOUR",
    level: "YELLOW",
    windowDays: 30,
    conditions,
  });
  const raised = async () =>
    t.sql<{ code: string; person_id: string; status: string }>(
      `select r.code, w.person_id, w.status from evaluation.warning w join evaluation.warning_rule r on r.id = w.rule_id order by r.code, w.person_id, w.raised_at`,
    );

  beforeAll(async () => {
    await t.createRule(
      rule("ABSENCES_COUNT", [
        { indicator: "CLASS_ABSENCES", aggregate: "COUNT", operator: "GTE", threshold: 3 },
      ]),
    );
    await t.createRule(
      rule("GPA_MIN", [{ indicator: "GPA", aggregate: "MIN", operator: "LT", threshold: 2 }]),
    );
    await t.createRule(
      rule("DORM_LATEST", [
        {
          indicator: "DAYS_WITHOUT_DORM_ACCESS",
          aggregate: "LATEST",
          operator: "GTE",
          threshold: 5,
        },
      ]),
    );
    await t.createRule(
      rule("LATE_AND_ABSENT", [
        { indicator: "LATE_RETURNS", aggregate: "SUM", operator: "GTE", threshold: 3 },
        { indicator: "CLASS_ABSENCES", aggregate: "MAX", operator: "GTE", threshold: 1 },
      ]),
    );
    await t.ingest([
      // p1: 3 absences in the window; p2: 2 in it and 1 on the day before it begins.
      r(p1, "CLASS_ABSENCES", 1, "2025-06-01"),
      r(p1, "CLASS_ABSENCES", 1, "2025-06-15"),
      r(p1, "CLASS_ABSENCES", 1, "2025-06-30"),
      r(p2, "CLASS_ABSENCES", 1, "2025-05-31"),
      r(p2, "CLASS_ABSENCES", 1, "2025-06-10"),
      r(p2, "CLASS_ABSENCES", 1, "2025-06-11"),
      // p1's lowest GPA is 1.5; p2's 2.5.
      r(p1, "GPA", 3.1, "2025-06-05"),
      r(p1, "GPA", 1.5, "2025-06-06"),
      r(p2, "GPA", 2.5, "2025-06-05"),
      r(p2, "GPA", 3, "2025-06-06"),
      // p1's latest is 7 days without access; p2's latest is 2, though 7 came earlier.
      r(p1, "DAYS_WITHOUT_DORM_ACCESS", 2, "2025-06-10"),
      r(p1, "DAYS_WITHOUT_DORM_ACCESS", 7, "2025-06-20"),
      r(p2, "DAYS_WITHOUT_DORM_ACCESS", 7, "2025-06-10"),
      r(p2, "DAYS_WITHOUT_DORM_ACCESS", 2, "2025-06-20"),
      // p3 and p4: two records of the same day, in two deliveries (below): the later delivery counts.
      r(p3, "DAYS_WITHOUT_DORM_ACCESS", 1, "2025-06-25"),
      r(p4, "DAYS_WITHOUT_DORM_ACCESS", 9, "2025-06-25"),
      // p1 comes back late 3 times and missed classes; p5 comes back late 3 times, no absence on record.
      r(p1, "LATE_RETURNS", 3, "2025-06-12"),
      r(p5, "LATE_RETURNS", 3, "2025-06-12"),
    ]);
    await t.ingest([
      r(p3, "DAYS_WITHOUT_DORM_ACCESS", 9, "2025-06-25"),
      r(p4, "DAYS_WITHOUT_DORM_ACCESS", 1, "2025-06-25"),
    ]);
  });

  it("counts, takes the lowest and the latest (by observation, then delivery), and needs data for every condition", async () => {
    expect(await t.run(asOf)).toMatchObject({ rulesEvaluated: 4, raised: 5, alreadyOpen: 0 });
    expect((await raised()).map((w) => [w.code, w.person_id])).toEqual(
      [
        ["ABSENCES_COUNT", p1],
        ["DORM_LATEST", p1],
        ["DORM_LATEST", p3],
        ["GPA_MIN", p1],
        ["LATE_AND_ABSENT", p1],
      ].sort((x, y) => (x.join() < y.join() ? -1 : 1)),
    );
    const evidence = (await t.warningsOf(p1)).map((w) => w.evidence).flat();
    expect(evidence).toEqual(
      expect.arrayContaining([
        { indicator: "缺课次数记录条数（近30天）", value: "3", threshold: "≥ 3" },
        { indicator: "学期绩点最低（近30天）", value: "1.5", threshold: "< 2" },
        { indicator: "无门禁记录天数最近一次（近30天）", value: "7", threshold: "≥ 5" },
        { indicator: "晚归次数合计（近30天）", value: "3", threshold: "≥ 3" },
        { indicator: "缺课次数最高（近30天）", value: "1", threshold: "≥ 1" },
      ]),
    );
    const [latest] = await t.warningsOf(p3);
    expect(latest?.evidence).toEqual([
      { indicator: "无门禁记录天数最近一次（近30天）", value: "9", threshold: "≥ 5" },
    ]);
  });

  it("is held back by its rule's warning in any status but CLOSED, and not by a warning made by hand", async () => {
    await t.sql(
      `update evaluation.warning set status = 'ASSIGNED' where person_id = ? and rule_id = (select id from evaluation.warning_rule where code = 'ABSENCES_COUNT')`,
      [p1],
    );
    await t.sql(
      `update evaluation.warning set status = 'CLOSED' where person_id = ? and rule_id = (select id from evaluation.warning_rule where code = 'DORM_LATEST')`,
      [p3],
    );
    await t.sql(
      `insert into evaluation.warning (id, person_id, category, level, status, summary, raised_at) values (?, ?, 'BEHAVIOUR', 'YELLOW', 'OPEN', '手工录入', now())`,
      [stableId("engine-aggregates:manual"), p3],
    );
    expect(await t.run(asOf)).toMatchObject({ raised: 1, alreadyOpen: 4 });
    expect(
      (await raised()).filter((w) => w.person_id === p3).map((w) => [w.code, w.status]),
    ).toEqual([
      ["DORM_LATEST", "CLOSED"],
      ["DORM_LATEST", "OPEN"],
    ]);
    expect(
      (await raised()).filter((w) => w.code === "ABSENCES_COUNT").map((w) => w.status),
    ).toEqual(["ASSIGNED"]);
  });
});

describe("warning engine: a constant number of SQL statements", () => {
  const t = engineHarness();
  const N = 10;

  /** n students each with 12 failed credits on the day. */
  const history = (from: number, n: number, observedOn: string) =>
    Array.from({ length: n }, (_, i) => ({
      personId: stableId(`engine-scale:student:${from + i}`),
      kind: "FAILED_CREDITS" as const,
      value: 12,
      observedOn,
    }));

  beforeAll(async () => {
    await t.createRule({
      code: "ACADEMIC_FAILED_CREDITS",
      name: "不及格学分预警",
      category: "ACADEMIC",
      level: "ORANGE",
      windowDays: 180,
      conditions: [
        { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 10 },
      ],
    });
    await t.createRule({
      code: "BEHAVIOUR_LATE_RETURNS",
      name: "晚归预警",
      category: "BEHAVIOUR",
      level: "YELLOW",
      windowDays: 30,
      conditions: [{ indicator: "LATE_RETURNS", aggregate: "SUM", operator: "GTE", threshold: 5 }],
    });
  });

  it("is the same for N students as for 5N", async () => {
    await t.ingest(history(0, N, "2025-06-01"));
    const { statements: forN, result: small } = await statementsOf(t.harness, "evaluation", () =>
      t.run("2025-06-30T04:00:00.000Z"),
    );
    expect(small).toMatchObject({ raised: N, alreadyOpen: 0 });

    await t.sql(`update evaluation.warning set status = 'CLOSED'`);
    await t.ingest(history(N, 4 * N, "2025-06-02"));
    const { statements: for5N, result: large } = await statementsOf(t.harness, "evaluation", () =>
      t.run("2025-06-30T04:00:00.000Z"),
    );
    expect(large).toMatchObject({ raised: 5 * N, alreadyOpen: 0 });

    expect(for5N).toBe(forN);
    // The pass, its run record, and the push of fitting resources to the students just warned.
    expect(forN).toBeLessThanOrEqual(5);
  });

  it("loads the rule versions of a page of warnings in one batch", async () => {
    const page = async (first: number) => {
      const { statements, result: res } = await statementsOf(t.harness, "evaluation", () =>
        subgraphQuery(t.harness, "evaluation", RULE_VERSIONS_PAGE, { first }, admin),
      );
      expect(res.errors).toBeUndefined();
      const nodes = expectData(res).warnings.edges.map((e) => e.node);
      expect(nodes).toHaveLength(first);
      for (const node of nodes)
        expect(node).toEqual({
          ruleVersion: { version: 1, rule: { code: "ACADEMIC_FAILED_CREDITS" } },
        });
      return statements;
    };
    expect(await page(50)).toBe(await page(5));
  });
});

describe("warning engine on the demo campus", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: demoData().dataset });
  });
  afterAll(() => harness?.stop());

  it("seeds the demo rules and a history that makes each of them fire", async () => {
    const rules = await subgraphQuery(harness, "evaluation", DEMO_RULES, {}, admin);
    expect(rules.errors).toBeUndefined();
    const codes = expectData(rules).warningRules.edges.map((e) => e.node.code);
    expect(codes).toEqual([
      "ACADEMIC_FAILED_CREDITS",
      "BEHAVIOUR_LATE_RETURNS",
      "FINANCIAL_LOW_SPENDING",
      "MENTAL_HEALTH_COUNSELLING_REFERRAL",
    ]);
    const byId = await subgraphQuery(
      harness,
      "evaluation",
      RULE_CODE,
      { id: demoRuleId("BEHAVIOUR_LATE_RETURNS") },
      admin,
    );
    expect(expectData(byId).warningRule).toEqual({ code: "BEHAVIOUR_LATE_RETURNS" });
    const run = await subgraphQuery(
      harness,
      "evaluation",
      RUN,
      { asOf: new Date().toISOString() },
      admin,
    );
    expect(run.errors).toBeUndefined();
    const { runWarningEngine } = expectData(run);
    expect(runWarningEngine.rulesEvaluated).toBe(4);
    const raised = await evaluationEm(harness)
      .getConnection()
      .execute<{ code: string; n: number }[]>(
        `select r.code, count(*)::int as n from evaluation.warning w join evaluation.warning_rule r on r.id = w.rule_id group by r.code order by r.code`,
      );
    expect(raised.map((row) => row.code)).toEqual(codes);
    expect(raised.reduce((sum, row) => sum + row.n, 0)).toBe(runWarningEngine.raised);
  });
});
