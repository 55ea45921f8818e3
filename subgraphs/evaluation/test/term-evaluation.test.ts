import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { termOf } from "../src/growth/growth.term";
import { graphql } from "./generated";
import type { DomainWeightInput, SetEvaluationSchemeInput } from "./generated/graphql";
import { covering, errorsOf, evaluationSubgraph, present } from "./support";

// What a scheme answers wherever these tests read one (declared here for codegen).
graphql(`
  fragment TermEvalSchemeFields on EvaluationScheme {
    id
    term
    isDefault
    pointsForFullMarks
    weights {
      domain
      weight
    }
    updatedBy {
      id
    }
    updatedAt
  }
`);
const SET_SCHEME = graphql(`
  mutation TermEvalSetScheme($input: SetEvaluationSchemeInput!) {
    setEvaluationScheme(input: $input) {
      ...TermEvalSchemeFields
    }
  }
`);
const SCHEME = graphql(`
  query TermEvalScheme($t: String!) {
    evaluationScheme(term: $t) {
      ...TermEvalSchemeFields
    }
  }
`);
const SCHEME_ID = graphql(`
  query TermEvalSchemeId($t: String!) {
    evaluationScheme(term: $t) {
      id
    }
  }
`);
const SCHEME_WEIGHTS = graphql(`
  query TermEvalSchemeWeights($t: String!) {
    evaluationScheme(term: $t) {
      pointsForFullMarks
      weights {
        weight
      }
    }
  }
`);
/**
 * A person's evaluation as the gateway asks for it, through `_entities`: federation's field is not
 * in schema.graphql, so the call is text, and the fragment it spreads is the typed (checked) part.
 */
const PERSON_EVALUATION = graphql(`
  fragment TermEvalPersonEvaluation on Person {
    id
    evaluation(term: $term) {
      term
      total
      domains {
        domain
        points
        score
        weight
        weighted
      }
      scheme {
        ...TermEvalSchemeFields
      }
    }
  }
`);
const EVALUATION = `query($r: [_Any!]!, $term: String!) { _entities(representations: $r) { ...TermEvalPersonEvaluation } } ${print(PERSON_EVALUATION)}`;
type Evaluations = { _entities: (ResultOf<typeof PERSON_EVALUATION> | null)[] };

/** The evaluation of the `i`th person of an answer that must have succeeded. */
function evaluationAt(res: GraphQLResponse<Evaluations>, i = 0) {
  const evaluation = expectData(res)._entities[i]?.evaluation;
  if (!evaluation) throw new Error(`no evaluation at _entities[${i}]: ${JSON.stringify(res)}`);
  return evaluation;
}

const weights = (
  moral: number,
  intellectual: number,
  physical: number,
  aesthetic: number,
  labour: number,
): DomainWeightInput[] => [
  { domain: "MORAL", weight: moral },
  { domain: "INTELLECTUAL", weight: intellectual },
  { domain: "PHYSICAL", weight: physical },
  { domain: "AESTHETIC", weight: aesthetic },
  { domain: "LABOUR", weight: labour },
];

describe("comprehensive term evaluation (综合评价)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("term-evaluation");
  const [chen, lin, guo] = ["陈宇轩", "林书瑶", "郭致远"].map((name) => b.student({ name }));
  const staff = b.staff({ name: "吴海涛" });
  const admin = b.staff({ name: "刘建国" });
  // Autumn 2024 (2024-2025-1) for 陈宇轩, by hand: 德 4 + 3.5, 智 8 + 6 (over full marks), 体 2, 劳 5 − 1, no 美.
  const autumn = "2024-2025-1";
  b.growthEvent(chen, {
    domain: "MORAL",
    kind: "PARTY_ACTIVITY",
    title: "主题党日",
    points: 4,
    occurredOn: "2024-09-20",
  });
  b.growthEvent(chen, {
    domain: "MORAL",
    kind: "VOLUNTEER_HOURS",
    title: "志愿服务",
    points: 3.5,
    occurredOn: "2025-02-28",
  });
  b.growthEvent(chen, {
    domain: "INTELLECTUAL",
    kind: "COURSE_COMPLETED",
    title: "学业指导",
    points: 8,
    occurredOn: "2024-10-08",
  });
  b.growthEvent(chen, {
    domain: "INTELLECTUAL",
    kind: "ACADEMIC_AWARD",
    title: "数学建模竞赛",
    points: 6,
    occurredOn: "2024-12-01",
  });
  b.growthEvent(chen, {
    domain: "PHYSICAL",
    kind: "SPORTS_AWARD",
    title: "运动会",
    points: 2,
    occurredOn: "2024-11-11",
  });
  b.growthEvent(chen, {
    domain: "LABOUR",
    kind: "LABOUR_PRACTICE",
    title: "劳动实践",
    points: 5,
    occurredOn: "2024-09-01",
  });
  b.growthEvent(chen, {
    domain: "LABOUR",
    kind: "DISCIPLINE",
    title: "宿舍卫生不合格",
    points: -1,
    occurredOn: "2024-12-20",
  });
  // Spring 2025 (2024-2025-2), which has no scheme of its own: 智 10, and a deduction in 体 that cannot score below 0.
  const spring = "2024-2025-2";
  b.growthEvent(chen, {
    domain: "INTELLECTUAL",
    kind: "COURSE_COMPLETED",
    title: "职业规划",
    points: 10,
    occurredOn: "2025-03-01",
  });
  b.growthEvent(chen, {
    domain: "PHYSICAL",
    kind: "DISCIPLINE",
    title: "体测缺考",
    points: -5,
    occurredOn: "2025-04-01",
  });
  b.growthEvent(lin, {
    domain: "AESTHETIC",
    kind: "ART_PERFORMANCE",
    title: "迎新晚会合唱",
    points: 12,
    occurredOn: "2024-12-24",
  });
  // 25 more students with a fact each, for the statement count.
  const crowd = Array.from({ length: 25 }, (_, i) =>
    b.student({ name: `学生${String(i).padStart(2, "0")}` }),
  );
  for (const [i, student] of crowd.entries())
    b.growthEvent(student, { domain: "MORAL", points: 1 + (i % 5), occurredOn: "2024-10-10" });
  const dataset = b.build();
  const asAdmin = callerFor(["admin"], admin.id, "admin");

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
    const res = await subgraphQuery(
      harness,
      "evaluation",
      SET_SCHEME,
      {
        input: { term: autumn, weights: weights(0.3, 0.4, 0.1, 0.1, 0.1), pointsForFullMarks: 10 },
      },
      asAdmin,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });
  afterAll(() => harness?.stop());

  const evaluation = (
    ids: string[],
    term: string,
    as = callers.admin(),
    options?: ExecuteOptions,
  ) =>
    harness.execute<Evaluations>(
      "evaluation",
      EVALUATION,
      { r: ids.map((id) => ({ __typename: "Person", id })), term },
      as,
      options,
    );

  describe("scores", () => {
    it("applies the term's scheme: points over full marks, capped at 100, weighted and summed", async () => {
      const res = await evaluation([chen.id], autumn);
      expect(res.errors).toBeUndefined();
      const result = evaluationAt(res);
      expect(result.term).toBe(autumn);
      expect(result.domains).toEqual([
        { domain: "MORAL", points: 7.5, score: 75, weight: 0.3, weighted: 22.5 },
        { domain: "INTELLECTUAL", points: 14, score: 100, weight: 0.4, weighted: 40 },
        { domain: "PHYSICAL", points: 2, score: 20, weight: 0.1, weighted: 2 },
        { domain: "AESTHETIC", points: 0, score: 0, weight: 0.1, weighted: 0 },
        { domain: "LABOUR", points: 4, score: 40, weight: 0.1, weighted: 4 },
      ]);
      expect(result.total).toBe(68.5);
      expect(result.scheme).toMatchObject({
        term: autumn,
        isDefault: false,
        pointsForFullMarks: 10,
        updatedBy: { id: admin.id },
      });
    });

    it("applies the default scheme to a term without one: equal weights, 20 points for full marks, never below 0", async () => {
      const res = await evaluation([chen.id], spring);
      expect(res.errors).toBeUndefined();
      const result = evaluationAt(res);
      expect(result.scheme).toEqual({
        id: null,
        term: spring,
        isDefault: true,
        pointsForFullMarks: 20,
        weights: weights(0.2, 0.2, 0.2, 0.2, 0.2),
        updatedBy: null,
        updatedAt: null,
      });
      expect(result.domains.map((d) => [d.domain, d.points, d.score, d.weighted])).toEqual([
        ["MORAL", 0, 0, 0],
        ["INTELLECTUAL", 10, 50, 10],
        ["PHYSICAL", -5, 0, 0],
        ["AESTHETIC", 0, 0, 0],
        ["LABOUR", 0, 0, 0],
      ]);
      expect(result.total).toBe(10);
    });

    it("scores each person of a batch from their own events, and a person without any at 0", async () => {
      const res = await evaluation([lin.id, guo.id, chen.id], autumn);
      expect(res.errors).toBeUndefined();
      const [linResult, guoResult, chenResult] = [0, 1, 2].map((i) => evaluationAt(res, i));
      expect(linResult.domains.find((d) => d.domain === "AESTHETIC")).toEqual({
        domain: "AESTHETIC",
        points: 12,
        score: 100,
        weight: 0.1,
        weighted: 10,
      });
      expect(linResult.total).toBe(10);
      expect(guoResult.total).toBe(0);
      expect(guoResult.domains.every((d) => d.points === 0 && d.score === 0)).toBe(true);
      expect(chenResult.total).toBe(68.5);
    });

    it("follows a changed scheme at once, replacing the term's scheme in place", async () => {
      const before = await subgraphQuery(harness, "evaluation", SCHEME_ID, { t: autumn });
      const set = await subgraphQuery(
        harness,
        "evaluation",
        SET_SCHEME,
        {
          input: {
            term: autumn,
            weights: weights(0.2, 0.5, 0.1, 0.1, 0.1),
            pointsForFullMarks: 14,
          },
        },
        asAdmin,
      );
      expect(set.errors).toBeUndefined();
      expect(expectData(set).setEvaluationScheme).toMatchObject({
        id: present(expectData(before).evaluationScheme, "the stored scheme").id,
        term: autumn,
        pointsForFullMarks: 14,
        isDefault: false,
      });
      const res = await evaluation([chen.id], autumn);
      // 德 7.5/14 → 53.57 × 0.2; 智 100 × 0.5; 体 14.29 × 0.1; 劳 28.57 × 0.1.
      expect(evaluationAt(res).total).toBeCloseTo(10.714 + 50 + 1.429 + 2.857, 1);
      const reset = await subgraphQuery(
        harness,
        "evaluation",
        SET_SCHEME,
        {
          input: {
            term: autumn,
            weights: weights(0.3, 0.4, 0.1, 0.1, 0.1),
            pointsForFullMarks: 10,
          },
        },
        asAdmin,
      );
      expect(reset.errors).toBeUndefined();
    });

    it("rejects a malformed term", async () => {
      const res = await evaluation([chen.id], "2024-2026-1");
      expect(res.data?._entities[0]?.evaluation).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "term" });
    });
  });

  describe("schemes", () => {
    it("answers evaluationScheme with the stored scheme, or null when the default applies", async () => {
      const stored = await subgraphQuery(
        harness,
        "evaluation",
        SCHEME,
        { t: autumn },
        callers.student(chen.id),
        {},
      );
      expect(stored.errors).toBeUndefined();
      expect(expectData(stored).evaluationScheme).toMatchObject({
        term: autumn,
        weights: weights(0.3, 0.4, 0.1, 0.1, 0.1),
        pointsForFullMarks: 10,
        isDefault: false,
      });
      const none = await subgraphQuery(
        harness,
        "evaluation",
        SCHEME_ID,
        { t: "2024-2025-2" },
        callers.student(chen.id),
        {},
      );
      expect(none.errors).toBeUndefined();
      expect(expectData(none).evaluationScheme).toBeNull();
    });

    it("seeds a scheme for the current term with a dataset that has growth events", async () => {
      const res = await subgraphQuery(harness, "evaluation", SCHEME, { t: termOf(today()) });
      expect(res.errors).toBeUndefined();
      expect(expectData(res).evaluationScheme).toMatchObject({
        term: termOf(today()),
        isDefault: false,
        updatedBy: null,
        pointsForFullMarks: 12,
      });
      expect(
        present(expectData(res).evaluationScheme, "the seeded scheme").weights.reduce(
          (sum, w) => sum + w.weight,
          0,
        ),
      ).toBeCloseTo(1, 6);
    });

    it("rejects bad schemes with BAD_USER_INPUT on the field at fault, changing nothing", async () => {
      const cases: [Partial<SetEvaluationSchemeInput>, string][] = [
        [{ weights: weights(0.3, 0.4, 0.1, 0.1, 0.2) }, "weights"], // sums to 1.1
        [{ weights: weights(0.3, 0.4, 0.1, 0.1, 0.098) }, "weights"], // sums to 0.998, outside 0.001
        [{ weights: weights(0.5, 0.6, 0.1, -0.1, -0.1) }, "weights"], // negative
        [{ weights: weights(0.3, 0.4, 0.1, 0.1, 0.1).slice(0, 4) }, "weights"], // LABOUR missing
        [
          { weights: [...weights(0.3, 0.3, 0.1, 0.1, 0.1), { domain: "MORAL", weight: 0.1 }] },
          "weights",
        ], // MORAL twice
        [{ pointsForFullMarks: 0 }, "pointsForFullMarks"],
        [{ pointsForFullMarks: -5 }, "pointsForFullMarks"],
        [{ term: "2024-2025-3" }, "term"],
        [{ term: "2024-2025" }, "term"],
      ];
      for (const [change, field] of cases) {
        const res = await subgraphQuery(
          harness,
          "evaluation",
          SET_SCHEME,
          {
            input: {
              term: autumn,
              weights: weights(0.2, 0.2, 0.2, 0.2, 0.2),
              pointsForFullMarks: 5,
              ...change,
            },
          },
          asAdmin,
        );
        expect(res.errors?.[0]?.extensions, JSON.stringify(change)).toMatchObject({
          code: "BAD_USER_INPUT",
          field,
        });
      }
      const unchanged = await subgraphQuery(harness, "evaluation", SCHEME_WEIGHTS, { t: autumn });
      expect(expectData(unchanged).evaluationScheme).toEqual({
        pointsForFullMarks: 10,
        weights: weights(0.3, 0.4, 0.1, 0.1, 0.1).map(({ weight }) => ({ weight })),
      });
    });

    it("accepts weights that sum to 1 within 0.001, and stores them in domain order", async () => {
      const term = "2022-2023-2";
      const res = await subgraphQuery(
        harness,
        "evaluation",
        SET_SCHEME,
        {
          input: {
            term,
            weights: [...weights(0.3334, 0.3333, 0.3333, 0, 0)].reverse(),
            pointsForFullMarks: 8,
          },
        },
        asAdmin,
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).setEvaluationScheme).toMatchObject({
        term,
        weights: weights(0.3334, 0.3333, 0.3333, 0, 0),
        pointsForFullMarks: 8,
        updatedBy: { id: admin.id },
      });
      const off = await subgraphQuery(
        harness,
        "evaluation",
        SET_SCHEME,
        {
          input: {
            term,
            weights: weights(0.3334, 0.3333, 0.3333, 0.0015, 0),
            pointsForFullMarks: 8,
          },
        },
        asAdmin,
      );
      expect(off.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "weights",
      });
    });

    it("lets only university administrators set a scheme", async () => {
      const input = {
        term: autumn,
        weights: weights(0.2, 0.2, 0.2, 0.2, 0.2),
        pointsForFullMarks: 5,
      };
      for (const [as, options] of [
        [callers.student(chen.id), {}],
        [callers.counselor(staff.id), covering("counselor", [chen.id])],
        [callerFor(["college_admin"], staff.id), covering("college_admin", [chen.id])],
        [
          { ...callerFor(["service"], null, "app"), client: "app" },
          { scope: { students: { service: "all" }, clientPurposes: ["CARE"] } },
        ],
      ] as const) {
        const res = await subgraphQuery(harness, "evaluation", SET_SCHEME, { input }, as, options);
        expect(res.errors?.[0]?.extensions?.code, as.roles.join()).toBe("FORBIDDEN");
      }
      const unchanged = await subgraphQuery(harness, "evaluation", SCHEME_WEIGHTS, { t: autumn });
      expect(expectData(unchanged).evaluationScheme?.pointsForFullMarks).toBe(10);
    });
  });

  describe("access", () => {
    it("shows the student their own evaluation", async () => {
      const res = await evaluation([chen.id], autumn, callers.student(chen.id), {});
      expect(res.errors).toBeUndefined();
      expect(evaluationAt(res).total).toBe(68.5);
    });

    it("shows it to staff whose duty covers the student", async () => {
      const res = await evaluation(
        [chen.id],
        autumn,
        callers.counselor(staff.id),
        covering("counselor", [chen.id]),
      );
      expect(res.errors).toBeUndefined();
      expect(evaluationAt(res).total).toBe(68.5);
    });

    it("is FORBIDDEN to another student and to staff without the student in scope, on that path only", async () => {
      for (const [as, options] of [
        [callers.student(lin.id), {}],
        [callers.counselor(staff.id), covering("counselor", [lin.id])],
      ] as const) {
        const res = await evaluation([chen.id, lin.id], autumn, as, options);
        expect(res.data?._entities[0]).toEqual({ id: chen.id, evaluation: null });
        expect(errorsOf(res)).toEqual([[["_entities", 0, "evaluation"], "FORBIDDEN"]]);
        expect(res.data?._entities[1]?.evaluation?.total).toBe(10);
      }
    });
  });

  it("costs the same SQL for 25 people as for 5", async () => {
    const statementsFor = async (people: { id: string }[]) => {
      const counter = evaluationSubgraph(harness).statements;
      const before = counter.count;
      const res = await evaluation(
        people.map((p) => p.id),
        autumn,
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res)._entities.every((e) => e?.evaluation?.domains.length === 5)).toBe(
        true,
      );
      return counter.count - before;
    };
    await statementsFor(crowd.slice(0, 5));
    const five = await statementsFor(crowd.slice(5, 10));
    const twentyFive = await statementsFor(crowd);
    // One aggregate over growth_event and one scheme lookup, however many people.
    expect(five).toBe(2);
    expect(twentyFive).toBe(five);
  });
});
