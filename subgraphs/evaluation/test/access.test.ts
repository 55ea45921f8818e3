import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import {
  careOptions,
  covering,
  errorsOf,
  evaluationKnex,
  present,
  reads,
  sensitiveReads,
  WARNING_IDS,
  type Caller,
} from "./support";

const WARNING = graphql(`
  query AccessWarning($id: ID!) {
    warning(id: $id) {
      id
      category
    }
  }
`);
// A warning in detail, as the two documents below read it (declared here for codegen).
graphql(`
  fragment AccessWarningDetail on Warning {
    id
    level
    summary
    evidence {
      indicator
      value
      threshold
    }
    person {
      id
    }
  }
`);
const WARNING_FIELDS = graphql(`
  query AccessWarningFields($id: ID!) {
    warning(id: $id) {
      ...AccessWarningDetail
    }
  }
`);
const SEVERAL_WARNINGS = graphql(`
  query AccessSeveralWarnings($a: ID!, $a2: ID!, $b: ID!) {
    a: warning(id: $a) {
      ...AccessWarningDetail
    }
    again: warning(id: $a) {
      summary
    }
    a2: warning(id: $a2) {
      summary
    }
    b: warning(id: $b) {
      summary
    }
  }
`);
const OWN_WARNINGS = graphql(`
  query AccessOwnWarnings {
    warnings {
      edges {
        node {
          id
          summary
          evidence {
            indicator
          }
        }
      }
    }
  }
`);
const WARNING_LEVELS = graphql(`
  query AccessWarningLevels {
    warnings {
      edges {
        node {
          id
          level
        }
      }
    }
  }
`);
const ADVANCE = graphql(`
  mutation AccessAdvance($id: ID!) {
    advanceWarning(warningId: $id, to: ASSESSED, note: "研判") {
      id
      status
      transitions {
        by {
          id
        }
        at
      }
    }
  }
`);

/**
 * `_entities` answers, as far as these tests select them. Those calls stay text: `_entities` comes
 * from the federation library and is in no schema file codegen checks against.
 */
interface WarningEntity {
  id?: string;
  summary?: string | null;
  evidence?: { indicator: string }[] | null;
}
interface PersonEntity {
  id?: string;
  warnings: WarningEntity[] | null;
}

describe("evaluation: which warnings each caller sees", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-access");
  const [A, B, C] = ["王子涵", "李浩然", "张欣怡"].map((name) => b.student({ name })) as [
    ReturnType<typeof b.student>,
    ReturnType<typeof b.student>,
    ReturnType<typeof b.student>,
  ];
  const counselor = b.staff({ name: "陈晓燕" });
  const otherCounselor = b.staff({ name: "周静" });
  const gridLeader = b.staff({ name: "赵敏" });
  const psychologist = b.staff({ name: "黄心宁" });
  const caseWorker = b.staff({ name: "马志远" });
  const auditor = b.staff({ name: "高嘉怡" });
  const W = {
    aAcademic: b.warning(A, {
      category: "ACADEMIC",
      summary: "A：不及格学分达到预警线",
      raisedAt: "2024-11-01T08:00:00.000Z",
    }),
    aMental: b.warning(A, {
      category: "MENTAL_HEALTH",
      level: "RED",
      summary: "A：心理普查异常",
      raisedAt: "2024-11-02T08:00:00.000Z",
    }),
    bBehaviour: b.warning(B, {
      category: "BEHAVIOUR",
      level: "ORANGE",
      summary: "B：多次晚归",
      raisedAt: "2024-11-03T08:00:00.000Z",
    }),
    bMental: b.warning(B, {
      category: "MENTAL_HEALTH",
      level: "ORANGE",
      summary: "B：情绪低落",
      raisedAt: "2024-11-04T08:00:00.000Z",
    }),
    cSafety: b.warning(C, {
      category: "SAFETY",
      level: "RED",
      summary: "C：三日无门禁记录",
      raisedAt: "2024-11-05T08:00:00.000Z",
    }),
  };
  type Key = keyof typeof W;
  // A is referred to the psychologist; B has a case on whose task force the case worker serves.
  b.referral(A, psychologist, counselor, { category: "ATTENTION", note: "睡眠困难" });
  b.taskForceMember(b.assistanceCase(B, counselor), caseWorker, { duty: "学业帮扶" });
  const dataset = b.build();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  interface Viewer {
    name: string;
    caller: Caller;
    options(): Promise<ExecuteOptions> | ExecuteOptions;
    /** The students the viewer has any relationship with. */
    people: (typeof A)[];
    /** The warnings the viewer may see, written out independently of the code. */
    warnings: Key[];
  }
  const viewers: Viewer[] = [
    {
      name: "A themselves",
      caller: callers.student(A.id),
      options: () => ({}),
      people: [A],
      warnings: ["aAcademic"],
    },
    {
      name: "A and B's counselor",
      caller: callers.counselor(counselor.id),
      options: () => covering("counselor", [A.id, B.id]),
      people: [A, B],
      warnings: ["aAcademic", "aMental", "bBehaviour", "bMental"],
    },
    {
      name: "C's counselor",
      caller: callers.counselor(otherCounselor.id),
      options: () => covering("counselor", [C.id]),
      people: [C],
      warnings: ["cSafety"],
    },
    {
      name: "A and B's grid leader",
      caller: callerFor(["grid_leader"], gridLeader.id),
      options: () => covering("grid_leader", [A.id, B.id]),
      people: [A, B],
      warnings: ["aAcademic", "bBehaviour"],
    },
    // Scopes from careScope, as the gateway builds them.
    {
      name: "the psychology teacher A was referred to",
      caller: callerFor(["psychology_teacher"], psychologist.id),
      options: () => careOptions(harness, psychologist.id),
      people: [A],
      warnings: ["aAcademic", "aMental"],
    },
    {
      name: "a member of B's task force",
      caller: callerFor(["task_force_member"], caseWorker.id),
      options: () => careOptions(harness, caseWorker.id),
      people: [B],
      warnings: ["bBehaviour"],
    },
    {
      name: "an administrator",
      caller: callers.admin(),
      options: () => ({}),
      people: [A, B, C],
      warnings: ["aAcademic", "bBehaviour", "cSafety"],
    },
    {
      name: "a CONTACT service client",
      caller: callerFor(["service"], null, "service"),
      options: () => ({ scope: { students: { service: "all" }, clientPurposes: ["CONTACT"] } }),
      people: [A, B, C],
      warnings: ["aAcademic", "bBehaviour", "cSafety"],
    },
    {
      name: "an auditor",
      caller: callerFor(["auditor"], auditor.id),
      options: () => ({}),
      people: [],
      warnings: [],
    },
  ];
  const keys = Object.keys(W) as Key[];

  it("agrees on every path (warning(id), warnings, Person.warnings, Warning references) with the rule written out per viewer", async () => {
    let checks = 0;
    for (const viewer of viewers) {
      const options = await viewer.options();
      const run = <T>(query: string, variables?: Record<string, unknown>) =>
        harness.execute<T>("evaluation", query, variables, viewer.caller, options);
      const visible = new Set(viewer.warnings.map((k) => W[k].id));

      for (const key of keys) {
        const res = await subgraphQuery(
          harness,
          "evaluation",
          WARNING,
          { id: W[key].id },
          viewer.caller,
          options,
        );
        if (visible.has(W[key].id)) {
          expect(res.errors, `${viewer.name} reads ${key}`).toBeUndefined();
          expect(expectData(res).warning?.id).toBe(W[key].id);
        } else {
          expect(res.data?.warning, `${viewer.name} is refused ${key}`).toBeNull();
          expect(errorsOf(res)).toEqual([[["warning"], "FORBIDDEN"]]);
        }
        checks++;
      }

      const list = await subgraphQuery(
        harness,
        "evaluation",
        WARNING_IDS,
        { first: 100 },
        viewer.caller,
        options,
      );
      expect(list.errors, viewer.name).toBeUndefined();
      const { warnings } = expectData(list);
      expect(
        warnings.edges.map((e) => e.node.id),
        `${viewer.name} lists`,
      ).toEqual(keys.filter((k) => visible.has(W[k].id)).map((k) => W[k].id));
      expect(warnings.totalCount).toBe(visible.size);

      const people = await run<{ _entities: PersonEntity[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id warnings { id } } } }`,
        { r: [A, B, C].map((p) => ({ __typename: "Person", id: p.id })) },
      );
      const expectedErrors: [(string | number)[], string][] = [];
      [A, B, C].forEach((person, i) => {
        const entity = people.data?._entities[i];
        if (viewer.people.includes(person)) {
          // Newest first: the seeded raisedAt order, reversed.
          const own = keys
            .filter((k) => W[k].personId === person.id && visible.has(W[k].id))
            .map((k) => W[k].id)
            .reverse();
          expect(entity, `${viewer.name}: Person.warnings of ${person.name}`).toEqual({
            id: person.id,
            warnings: own.map((id) => ({ id })),
          });
        } else {
          expect(entity, `${viewer.name}: Person.warnings of ${person.name}`).toEqual({
            id: person.id,
            warnings: null,
          });
          expectedErrors.push([["_entities", i, "warnings"], "FORBIDDEN"]);
        }
      });
      expect(errorsOf(people)).toEqual(expectedErrors);

      const refs = await run<{ _entities: (WarningEntity | null)[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Warning { id } } }`,
        { r: keys.map((k) => ({ __typename: "Warning", id: W[k].id })) },
      );
      expect(refs.data?._entities, `${viewer.name} via _entities`).toEqual(
        keys.map((k) => (visible.has(W[k].id) ? { id: W[k].id } : null)),
      );
      expect(errorsOf(refs)).toEqual(
        keys.flatMap((k, i) => (visible.has(W[k].id) ? [] : [[["_entities", i], "FORBIDDEN"]])),
      );
    }
    expect(checks).toBe(viewers.length * keys.length);
  });

  it("keeps MENTAL_HEALTH warnings out of a filtered list for whoever lacks MENTAL_HEALTH", async () => {
    const mentalHealth = { filter: { category: "MENTAL_HEALTH" as const } };
    const asGridLeader = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_IDS,
      mentalHealth,
      callerFor(["grid_leader"], gridLeader.id),
      covering("grid_leader", [A.id, B.id]),
    );
    expect(asGridLeader.data?.warnings).toEqual({ totalCount: 0, edges: [] });
    const asAdmin = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_IDS,
      mentalHealth,
      callers.admin(),
    );
    expect(asAdmin.data?.warnings).toEqual({ totalCount: 0, edges: [] });
    // A counselor whose scope holds A and B, but also a grid-leader role over C: MENTAL_HEALTH only for A and B.
    const mixed = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_IDS,
      mentalHealth,
      callerFor(["counselor", "grid_leader"], counselor.id),
      {
        scope: { students: { counselor: [A.id], grid_leader: [B.id, C.id] } },
      },
    );
    expect(mixed.data?.warnings).toEqual({
      totalCount: 1,
      edges: [{ node: { id: W.aMental.id } }],
    });
  });

  it("filters a scope of 70,000 students in SQL, in one statement for the page and one for the count", async () => {
    const many = [...Array.from({ length: 70_000 }, () => randomUUID()), B.id];
    const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
      subgraphQuery(
        harness,
        "evaluation",
        WARNING_IDS,
        { first: 10 },
        callers.counselor(counselor.id),
        covering("counselor", many),
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).warnings).toEqual({
      totalCount: 2,
      edges: [{ node: { id: W.bBehaviour.id } }, { node: { id: W.bMental.id } }],
    });
    expect(statements).toBe(2);
  });

  describe("sensitive fields", () => {
    beforeAll(async () => {
      // The dataset has no evidence yet; give one warning some, as the warning engine would.
      const knex = evaluationKnex(harness);
      const evidence = [
        { indicator: "不及格学分", value: "12", threshold: "10" },
        { indicator: "缺勤次数", value: "5" },
      ];
      await knex
        .withSchema("evaluation")
        .table("warning")
        .where({ id: W.aAcademic.id })
        .update({ evidence: JSON.stringify(evidence) });
    });

    it("serves the row to a grid leader without CARE, with summary and evidence null and FORBIDDEN on their paths", async () => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        WARNING_FIELDS,
        { id: W.aAcademic.id },
        callerFor(["grid_leader"], gridLeader.id),
        covering("grid_leader", [A.id, B.id]),
      );
      expect(res.data?.warning).toEqual({
        id: W.aAcademic.id,
        level: "YELLOW",
        summary: null,
        evidence: null,
        person: { id: A.id },
      });
      expect(errorsOf(res)).toEqual([
        [["warning", "evidence"], "FORBIDDEN"],
        [["warning", "summary"], "FORBIDDEN"],
      ]);
      expect(res.errors?.every((e) => e.message.includes("CARE"))).toBe(true);
      expect(sensitiveReads(res)).toEqual([]);
    });

    it("refuses them the same way through Warning references and Person.warnings", async () => {
      const as = callerFor(["grid_leader"], gridLeader.id);
      const refs = await harness.execute<{ _entities: WarningEntity[] }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Warning { id summary evidence { indicator } } } }`,
        { r: [{ __typename: "Warning", id: W.bBehaviour.id }] },
        as,
        covering("grid_leader", [B.id]),
      );
      expect(refs.data?._entities).toEqual([
        { id: W.bBehaviour.id, summary: null, evidence: null },
      ]);
      expect(errorsOf(refs)).toEqual([
        [["_entities", 0, "evidence"], "FORBIDDEN"],
        [["_entities", 0, "summary"], "FORBIDDEN"],
      ]);
      const person = await harness.execute<{ _entities: PersonEntity[] }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { warnings { id summary } } } }`,
        { r: [{ __typename: "Person", id: B.id }] },
        as,
        covering("grid_leader", [B.id]),
      );
      expect(person.data?._entities).toEqual([
        { warnings: [{ id: W.bBehaviour.id, summary: null }] },
      ]);
      expect(errorsOf(person)).toEqual([[["_entities", 0, "warnings", 0, "summary"], "FORBIDDEN"]]);
      expect(sensitiveReads(person)).toEqual([]);
    });

    it("serves them to a counselor and reports exactly the values served, once per student and field", async () => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        SEVERAL_WARNINGS,
        { a: W.aAcademic.id, a2: W.aMental.id, b: W.bBehaviour.id },
        callers.counselor(counselor.id),
        covering("counselor", [A.id, B.id]),
      );
      expect(res.errors).toBeUndefined();
      const data = expectData(res);
      expect(data.a).toEqual({
        id: W.aAcademic.id,
        level: "YELLOW",
        summary: W.aAcademic.summary,
        evidence: [
          { indicator: "不及格学分", value: "12", threshold: "10" },
          { indicator: "缺勤次数", value: "5", threshold: null },
        ],
        person: { id: A.id },
      });
      expect(data.a2?.summary).toBe(W.aMental.summary);
      expect(data.b?.summary).toBe(W.bBehaviour.summary);
      // B's evidence was not asked for, so it is not reported.
      expect(sensitiveReads(res)).toEqual(
        reads(
          [A.id, "Warning.summary", "CARE"],
          [A.id, "Warning.evidence", "CARE"],
          [B.id, "Warning.summary", "CARE"],
        ),
      );
    });

    it("serves a student their own summary and evidence (an empty list is still served), under CARE", async () => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        OWN_WARNINGS,
        {},
        callers.student(B.id),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).warnings.edges).toEqual([
        { node: { id: W.bBehaviour.id, summary: W.bBehaviour.summary, evidence: [] } },
      ]);
      expect(sensitiveReads(res)).toEqual(
        reads([B.id, "Warning.summary", "CARE"], [B.id, "Warning.evidence", "CARE"]),
      );
    });

    it("reports nothing when nothing sensitive is asked", async () => {
      const res = await subgraphQuery(harness, "evaluation", WARNING_LEVELS, {}, callers.admin());
      expect(res.errors).toBeUndefined();
      expect(expectData(res).warnings.edges).toHaveLength(3);
      expect(
        (res as { extensions?: { campusSensitiveReads?: unknown } }).extensions
          ?.campusSensitiveReads,
      ).toBeUndefined();
    });
  });
});

describe("evaluation: who may advance a warning", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-advance");
  const D = b.student({ name: "刘梓萱" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const gridLeader = b.staff({ name: "赵敏" });
  const psychologist = b.staff({ name: "黄心宁" });
  // Assigned already: assigning has a mutation of its own (assignWarning); this is the next step, 研判.
  const mental = b.warning(D, {
    category: "MENTAL_HEALTH",
    level: "RED",
    status: "ASSIGNED",
    summary: "心理普查异常",
  });
  const academic = b.warning(D, { category: "ACADEMIC", status: "ASSIGNED", summary: "学业预警" });
  b.referral(D, psychologist, counselor);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const advance = (id: string, as: Caller, options: ExecuteOptions) =>
    subgraphQuery(harness, "evaluation", ADVANCE, { id }, as, options);
  const stored = async (id: string) => {
    const knex = evaluationKnex(harness);
    const [row] = await knex
      .withSchema("evaluation")
      .table("warning")
      .where({ id })
      .select<{ status: string; version: number }[]>("status", "version");
    const [steps] = await knex
      .withSchema("evaluation")
      .table("warning_transition")
      .where({ warning_id: id })
      .count<{ n: string | number }[]>({ n: "*" });
    return { ...row, steps: Number(present(steps, "a count").n) };
  };

  it("refuses callers without CARE, without MENTAL_HEALTH for a MENTAL_HEALTH warning, or acting on their own record", async () => {
    const before = { mental: await stored(mental.id), academic: await stored(academic.id) };
    const refusals: [string, string, Caller, ExecuteOptions][] = [
      [
        "grid leader covering D (no CARE)",
        academic.id,
        callerFor(["grid_leader"], gridLeader.id),
        covering("grid_leader", [D.id]),
      ],
      [
        "class adviser covering D, on a MENTAL_HEALTH warning",
        mental.id,
        callerFor(["class_adviser"], adviser.id),
        covering("class_adviser", [D.id]),
      ],
      [
        "psychology teacher D was referred to (MENTAL_HEALTH, no CARE)",
        mental.id,
        callerFor(["psychology_teacher"], psychologist.id),
        await careOptions(harness, psychologist.id),
      ],
      [
        "counselor of other students",
        academic.id,
        callers.counselor(counselor.id),
        covering("counselor", [randomUUID()]),
      ],
      ["D themselves", academic.id, callers.student(D.id), {}],
      // Staff whose scope happens to include themselves still may not act on their own record.
      [
        "D as a counselor covering themselves",
        academic.id,
        callerFor(["counselor"], D.id),
        covering("counselor", [D.id]),
      ],
    ];
    for (const [name, id, caller, options] of refusals) {
      const res = await advance(id, caller, options);
      expect(res.data, name).toBeNull();
      expect(
        res.errors?.map((e) => e.extensions?.code),
        name,
      ).toEqual(["FORBIDDEN"]);
    }
    expect({ mental: await stored(mental.id), academic: await stored(academic.id) }).toEqual(
      before,
    );
  });

  it("lets a class adviser covering the student advance an ACADEMIC warning, and a counselor a MENTAL_HEALTH one, recording who and when", async () => {
    const started = Date.now();
    const byAdviser = await advance(
      academic.id,
      callerFor(["class_adviser"], adviser.id),
      covering("class_adviser", [D.id]),
    );
    expect(byAdviser.errors).toBeUndefined();
    const advancedByAdviser = expectData(byAdviser).advanceWarning;
    expect(advancedByAdviser.status).toBe("ASSESSED");
    expect(advancedByAdviser.transitions.map((t) => t.by?.id)).toEqual([adviser.id]);
    const byCounselor = await advance(
      mental.id,
      callers.counselor(counselor.id),
      covering("counselor", [D.id]),
    );
    expect(byCounselor.errors).toBeUndefined();
    const advancedByCounselor = expectData(byCounselor).advanceWarning;
    expect(advancedByCounselor.transitions.map((t) => t.by?.id)).toEqual([counselor.id]);
    for (const t of [...advancedByAdviser.transitions, ...advancedByCounselor.transitions]) {
      expect(Date.parse(t.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(t.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(await stored(mental.id)).toEqual({ status: "ASSESSED", version: 2, steps: 1 });
  });
});
