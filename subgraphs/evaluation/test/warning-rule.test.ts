import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stableId } from "@campus/demo-data";
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
import type { CreateWarningRuleInput } from "./generated/graphql";
import { evaluationEm, present, WARNING_IDS, type Caller } from "./support";

graphql(`
  fragment RuleFields on WarningRule {
    id
    code
    name
    category
    level
    active
    currentVersion {
      id
      version
      windowDays
      summaryTemplate
      description
      publishedBy {
        id
      }
      conditions {
        indicator
        aggregate
        operator
        threshold
      }
    }
    versions {
      id
      version
      windowDays
      description
      conditions {
        indicator
        aggregate
        operator
        threshold
      }
    }
  }
`);
const CREATE = graphql(`
  mutation RuleCreate($input: CreateWarningRuleInput!) {
    createWarningRule(input: $input) {
      ...RuleFields
    }
  }
`);
const PUBLISH = graphql(`
  mutation RulePublish($id: ID!, $input: RuleVersionInput!) {
    publishWarningRuleVersion(ruleId: $id, input: $input) {
      ...RuleFields
    }
  }
`);
const RULE = graphql(`
  query RuleOne($id: ID!) {
    warningRule(id: $id) {
      ...RuleFields
    }
  }
`);
const RULE_VERSIONS = graphql(`
  query RuleVersionNumbers($id: ID!) {
    warningRule(id: $id) {
      currentVersion {
        version
      }
      versions {
        version
      }
    }
  }
`);
const RULES = graphql(`
  query RuleList {
    warningRules(first: 10) {
      totalCount
      edges {
        node {
          code
          currentVersion {
            description
          }
        }
      }
    }
  }
`);
const SET_ACTIVE = graphql(`
  mutation RuleSetActive($id: ID!, $active: Boolean!) {
    setWarningRuleActive(ruleId: $id, active: $active) {
      id
      active
    }
  }
`);
const BACKTEST = graphql(`
  query RuleBacktest($input: BacktestWarningRuleInput!) {
    backtestWarningRule(input: $input) {
      candidateCount
      currentCount
      both
      onlyCandidate
      onlyCurrent
      students {
        person {
          id
        }
        candidate
        current
      }
    }
  }
`);
const INGEST = graphql(`
  mutation RuleIngestHistory($input: IngestIndicatorsInput!) {
    ingestIndicators(input: $input) {
      batch {
        accepted
        rejected
      }
    }
  }
`);

const failedCredits = {
  code: "ACADEMIC_FAILED_CREDITS",
  name: "不及格学分预警",
  category: "ACADEMIC",
  level: "ORANGE",
  windowDays: 180,
  conditions: [{ indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 10 }],
  summaryTemplate: "近{windowDays}天不及格学分累计{FAILED_CREDITS}分",
} satisfies CreateWarningRuleInput;

describe("warning rules: explainable and versioned", () => {
  let harness: SubgraphHarness;
  const adminId = stableId("rule-test:admin");
  const admin = callerFor(["admin"], adminId, "admin");
  let ruleId: string;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => harness?.stop());

  it("creates a rule with version 1, current and active, described in words", async () => {
    const res = await subgraphQuery(harness, "evaluation", CREATE, { input: failedCredits }, admin);
    expect(res.errors).toBeUndefined();
    const rule = expectData(res).createWarningRule;
    ruleId = rule.id;
    expect(rule).toMatchObject({
      code: "ACADEMIC_FAILED_CREDITS",
      category: "ACADEMIC",
      level: "ORANGE",
      active: true,
    });
    expect(rule.currentVersion).toMatchObject({
      version: 1,
      windowDays: 180,
      summaryTemplate: "近{windowDays}天不及格学分累计{FAILED_CREDITS}分",
      description: "近180天内：不及格学分合计 ≥ 10",
      publishedBy: { id: adminId },
      conditions: failedCredits.conditions,
    });
    expect(rule.versions.map((v) => v.id)).toEqual([rule.currentVersion.id]);
  });

  it("writes the summary from the description when no template is given", async () => {
    const { summaryTemplate: _, ...input } = failedCredits;
    const res = await subgraphQuery(
      harness,
      "evaluation",
      CREATE,
      {
        input: {
          ...input,
          code: "ABSENCES_AND_LATE",
          category: "BEHAVIOUR",
          windowDays: 30,
          conditions: [
            { indicator: "CLASS_ABSENCES", aggregate: "COUNT", operator: "GT", threshold: 2 },
            { indicator: "LATE_RETURNS", aggregate: "MAX", operator: "GTE", threshold: 1.5 },
          ],
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).createWarningRule.currentVersion.summaryTemplate).toBe(
      "近30天内：缺课次数记录条数 > 2，且晚归次数最高 ≥ 1.5",
    );
  });

  it("refuses bad rules with BAD_USER_INPUT on the field, and a taken code with CONFLICT", async () => {
    const bad: [Partial<CreateWarningRuleInput>, string][] = [
      [{ code: "lower-case" }, "code"],
      [{ code: "NEW_RULE", name: "  " }, "name"],
      [{ code: "NEW_RULE", windowDays: 0 }, "windowDays"],
      [{ code: "NEW_RULE", windowDays: 731 }, "windowDays"],
      [{ code: "NEW_RULE", conditions: [] }, "conditions"],
      [{ code: "NEW_RULE", summaryTemplate: "晚归{LATE_RETURNS}次" }, "summaryTemplate"],
    ];
    for (const [change, field] of bad) {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        CREATE,
        { input: { ...failedCredits, ...change } },
        admin,
      );
      expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    const taken = await subgraphQuery(
      harness,
      "evaluation",
      CREATE,
      { input: failedCredits },
      admin,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "code" });
    const list = await subgraphQuery(harness, "evaluation", RULES, {}, admin);
    expect(expectData(list).warningRules.totalCount).toBe(2);
  });

  it("publishes a new version as current and keeps the old one as it was", async () => {
    const before = await subgraphQuery(harness, "evaluation", RULE, { id: ruleId }, admin);
    const v1 = present(expectData(before).warningRule, "the rule").currentVersion;
    const res = await subgraphQuery(
      harness,
      "evaluation",
      PUBLISH,
      {
        id: ruleId,
        input: {
          windowDays: 90,
          conditions: [
            { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 8 },
          ],
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const rule = expectData(res).publishWarningRuleVersion;
    expect(rule.currentVersion).toMatchObject({
      version: 2,
      windowDays: 90,
      description: "近90天内：不及格学分合计 ≥ 8",
    });
    expect(rule.versions.map((v) => v.version)).toEqual([1, 2]);
    const { summaryTemplate: _t, publishedBy: _p, ...v1Kept } = v1;
    expect(rule.versions[0]).toEqual(v1Kept);
    expect(rule.versions[0]?.description).toBe("近180天内：不及格学分合计 ≥ 10");
  });

  it("numbers versions without gaps or repeats when two are published at once", async () => {
    const input = {
      windowDays: 120,
      conditions: [
        { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 9 } as const,
      ],
    };
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        subgraphQuery(harness, "evaluation", PUBLISH, { id: ruleId, input }, admin),
      ),
    );
    for (const res of results)
      if (res.errors) expect(res.errors[0]?.extensions?.code).toBe("CONFLICT");
    const succeeded = results.filter((r) => !r.errors).length;
    expect(succeeded).toBeGreaterThanOrEqual(1);
    const after = present(
      expectData(await subgraphQuery(harness, "evaluation", RULE_VERSIONS, { id: ruleId }, admin))
        .warningRule,
      "the rule",
    );
    const versions = after.versions.map((v) => v.version);
    expect(versions).toEqual(Array.from({ length: 2 + succeeded }, (_, i) => i + 1));
    expect(after.currentVersion.version).toBe(2 + succeeded);
  });

  it("lets only administrators change rules; staff read them, students do not", async () => {
    const counselor = callers.counselor(stableId("rule-test:counselor"));
    const student = callers.student(stableId("rule-test:student"));
    for (const caller of [
      counselor,
      student,
      callerFor(["college_admin"], stableId("rule-test:college-admin")),
    ]) {
      for (const change of [
        (as: Caller) =>
          subgraphQuery(
            harness,
            "evaluation",
            CREATE,
            { input: { ...failedCredits, code: "OTHER_RULE" } },
            as,
          ),
        (as: Caller) =>
          subgraphQuery(
            harness,
            "evaluation",
            PUBLISH,
            { id: ruleId, input: { windowDays: 30, conditions: failedCredits.conditions } },
            as,
          ),
        (as: Caller) =>
          subgraphQuery(harness, "evaluation", SET_ACTIVE, { id: ruleId, active: false }, as),
      ]) {
        const res = await change(caller);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    }
    const read = await subgraphQuery(harness, "evaluation", RULES, {}, counselor);
    expect(read.errors).toBeUndefined();
    expect(expectData(read).warningRules.edges.map((e) => e.node.code)).toEqual([
      "ABSENCES_AND_LATE",
      "ACADEMIC_FAILED_CREDITS",
    ]);
    const refused = await subgraphQuery(harness, "evaluation", RULES, {}, student);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("switches a rule off and on", async () => {
    const off = await subgraphQuery(
      harness,
      "evaluation",
      SET_ACTIVE,
      { id: ruleId, active: false },
      admin,
    );
    expect(expectData(off).setWarningRuleActive.active).toBe(false);
    const on = await subgraphQuery(
      harness,
      "evaluation",
      SET_ACTIVE,
      { id: ruleId, active: true },
      admin,
    );
    expect(expectData(on).setWarningRuleActive.active).toBe(true);
    const unknown = await subgraphQuery(
      harness,
      "evaluation",
      SET_ACTIVE,
      { id: stableId("rule-test:nothing"), active: true },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("backtesting a rule version on stored history", () => {
  let harness: SubgraphHarness;
  const admin = callerFor(["admin"], stableId("backtest:admin"), "admin");
  // Five students, ids sorted so the report's order is known.
  const [p1, p2, p3, p4, p5] = [1, 2, 3, 4, 5]
    .map((n) => stableId(`backtest:student:${n}`))
    .sort() as [string, string, string, string, string];
  const asOf = "2025-06-30T04:00:00.000Z"; // noon on campus, 2025-06-30
  let ruleId: string;

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
    const created = await subgraphQuery(
      harness,
      "evaluation",
      CREATE,
      { input: failedCredits },
      admin,
    );
    ruleId = expectData(created).createWarningRule.id;
    const record = (personId: string, value: number, observedOn: string) => ({
      personId,
      kind: "FAILED_CREDITS" as const,
      value,
      observedOn,
    });
    const records = [
      record(p1, 6, "2025-05-01"),
      record(p1, 6, "2025-06-30"), // 12 in the last 90 days: both fire
      record(p2, 8, "2025-06-01"), // 8: only a threshold of 7 fires
      record(p3, 6, "2025-04-15"), // 6: neither
      record(p4, 20, "2024-12-01"), // outside both windows: neither
      record(p5, 11, "2025-02-01"), // 11 within 180 days, not within 90: only the current version
      record(p3, 9, "2025-07-01"), // after asOf: not counted
    ];
    const res = await subgraphQuery(
      harness,
      "evaluation",
      INGEST,
      { input: { clientKey: "history", records } },
      admin,
    );
    expect(expectData(res).ingestIndicators.batch).toEqual({ accepted: 7, rejected: 0 });
  });
  afterAll(() => harness?.stop());

  it("counts whom the candidate and the current version fire for, and lists them, writing no warnings", async () => {
    const warningsBefore = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_IDS,
      { first: 1 },
      admin,
    );
    const res = await subgraphQuery(
      harness,
      "evaluation",
      BACKTEST,
      {
        input: {
          ruleId,
          asOf,
          candidate: {
            windowDays: 90,
            conditions: [
              { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 7 },
            ],
          },
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).backtestWarningRule).toEqual({
      candidateCount: 2,
      currentCount: 2,
      both: 1,
      onlyCandidate: 1,
      onlyCurrent: 1,
      students: [
        { person: { id: p1 }, candidate: true, current: true },
        { person: { id: p2 }, candidate: true, current: false },
        { person: { id: p5 }, candidate: false, current: true },
      ].sort((x, y) => x.person.id.localeCompare(y.person.id)),
    });
    const warningsAfter = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_IDS,
      { first: 1 },
      admin,
    );
    expect(expectData(warningsAfter).warnings.totalCount).toBe(
      expectData(warningsBefore).warnings.totalCount,
    );
    const [count] = await evaluationEm(harness)
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from evaluation.warning`);
    expect(count?.n).toBe(0);
  });

  it("tries several conditions together: all must hold", async () => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      BACKTEST,
      {
        input: {
          ruleId,
          asOf,
          candidate: {
            windowDays: 180,
            conditions: [
              { indicator: "FAILED_CREDITS", aggregate: "SUM", operator: "GTE", threshold: 8 },
              { indicator: "FAILED_CREDITS", aggregate: "MAX", operator: "LT", threshold: 10 },
            ],
          },
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    // p1 (12, max 6) and p2 (8, max 8) hold both; p5 (11, max 11) fails the second.
    expect(expectData(res).backtestWarningRule).toMatchObject({
      candidateCount: 2,
      currentCount: 2,
      both: 1,
      onlyCandidate: 1,
      onlyCurrent: 1,
    });
  });

  it("is for administrators only, and checks the candidate like a publication", async () => {
    const input = {
      ruleId,
      asOf,
      candidate: { windowDays: 90, conditions: failedCredits.conditions },
    };
    const refused = await subgraphQuery(
      harness,
      "evaluation",
      BACKTEST,
      { input },
      callers.counselor(stableId("backtest:counselor")),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await subgraphQuery(
      harness,
      "evaluation",
      BACKTEST,
      { input: { ...input, candidate: { windowDays: 0, conditions: failedCredits.conditions } } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "windowDays",
    });
  });
});
