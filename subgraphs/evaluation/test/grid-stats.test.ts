import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { covering, errorsOf, type Caller } from "./support";

/**
 * Grid.warningStats as the gateway asks for it: an `_entities` call whose Grid representations
 * carry the residents' ids organisation lent through @requires. This subgraph stores no residences.
 * Plain text, not a graphql() document: `_entities` comes from the federation library and is in no
 * schema file codegen checks against (so no GraphQL marker either, which would make codegen read it).
 */
const STATS = `
  query GridWarningStats($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Grid {
        id
        warningStats {
          residents
          counted
          studentsWithOpenWarnings
          open
          overdue
          byLevel {
            level
            count
          }
          byCategory {
            category
            count
          }
          byStatus {
            status
            count
          }
        }
      }
    }
  }
`;

/** What STATS answers (`_entities` is in no schema file codegen reads: the federation library adds it). */
interface WarningStats {
  residents: number;
  counted: number;
  studentsWithOpenWarnings: number;
  open: number;
  overdue: number;
  byLevel: { level: string; count: number }[];
  byCategory: { category: string; count: number }[];
  byStatus: { status: string; count: number }[];
}
interface StatsResult {
  _entities: { id: string; warningStats: WarningStats | null }[];
}

describe("evaluation: a grid's warning statistics from the residents organisation lends", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("grid-stats");
  const [A, B, C, X] = ["王子涵", "李浩然", "张欣怡", "刘洋"].map((name) =>
    b.student({ name }),
  ) as [
    ReturnType<typeof b.student>,
    ReturnType<typeof b.student>,
    ReturnType<typeof b.student>,
    ReturnType<typeof b.student>,
  ];
  const gridLeader = b.staff({ name: "赵敏" });
  const counselor = b.staff({ name: "陈晓燕" });
  // A, B and C live in the grid; X lives elsewhere. Warnings raised in 2024 (the default) are past
  // their stage's due time; the two raised just now are not.
  const justNow = new Date().toISOString();
  b.warning(A, { category: "ACADEMIC", level: "YELLOW", status: "OPEN", raisedAt: justNow });
  b.warning(A, { category: "MENTAL_HEALTH", level: "RED", status: "ASSESSED" });
  b.warning(A, { category: "BEHAVIOUR", level: "ORANGE", status: "CLOSED" });
  b.warning(B, {
    category: "BEHAVIOUR",
    level: "ORANGE",
    status: "INTERVENING",
    raisedAt: justNow,
  });
  b.warning(B, { category: "ACADEMIC", level: "ORANGE", status: "OPEN" });
  b.warning(C, { category: "SAFETY", level: "RED", status: "TRACKING" });
  b.warning(C, { category: "MENTAL_HEALTH", level: "YELLOW", status: "OPEN" });
  b.warning(X, { category: "FINANCIAL", level: "RED", status: "OPEN" });
  const dataset = b.build();
  const grid = { __typename: "Grid", id: randomUUID(), residentIds: [A.id, B.id, C.id] };
  const emptyGrid = { __typename: "Grid", id: randomUUID(), residentIds: [] };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const stats = (representations: object[], as: Caller, options: ExecuteOptions = {}) =>
    harness.execute<StatsResult>("evaluation", STATS, { representations }, as, options);

  /** The whole picture, written out: zero counts included, MENTAL_HEALTH only where it may be counted. */
  const picture = (p: {
    residents: number;
    counted: number;
    students: number;
    overdue: number;
    level: [number, number, number];
    category: [number, number, number | null, number, number];
    status: [number, number, number, number, number];
  }) => ({
    residents: p.residents,
    counted: p.counted,
    studentsWithOpenWarnings: p.students,
    open: p.level.reduce((x, y) => x + y, 0),
    overdue: p.overdue,
    byLevel: (["YELLOW", "ORANGE", "RED"] as const).map((level, i) => ({
      level,
      count: p.level[i],
    })),
    byCategory: (["ACADEMIC", "BEHAVIOUR", "MENTAL_HEALTH", "FINANCIAL", "SAFETY"] as const)
      .map((category, i) => ({ category, count: p.category[i] }))
      .filter((c) => c.count !== null),
    byStatus: (["OPEN", "ASSIGNED", "ASSESSED", "INTERVENING", "TRACKING"] as const).map(
      (status, i) => ({ status, count: p.status[i] }),
    ),
  });

  it("counts a counselor's residents' warnings not yet closed and overdue, mental-health ones included", async () => {
    const res = await stats(
      [grid],
      callers.counselor(counselor.id),
      covering("counselor", [A.id, B.id, C.id, X.id]),
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities).toEqual([
      {
        id: grid.id,
        // A's closed warning is left out; X does not live here.
        warningStats: picture({
          residents: 3,
          counted: 3,
          students: 3,
          overdue: 4,
          level: [2, 2, 2],
          category: [2, 1, 2, 0, 1],
          status: [3, 0, 1, 1, 1],
        }),
      },
    ]);
  });

  it("scopes a grid leader to the residents they cover, and never counts mental-health warnings for them", async () => {
    // The leader covers A and B (and X elsewhere), not C.
    const res = await stats(
      [grid],
      callerFor(["grid_leader"], gridLeader.id),
      covering("grid_leader", [A.id, B.id, X.id]),
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities[0]?.warningStats).toEqual(
      picture({
        residents: 3,
        counted: 2,
        students: 2,
        overdue: 1,
        level: [1, 2, 0],
        category: [2, 1, null, 0, 0],
        status: [2, 0, 0, 1, 0],
      }),
    );
  });

  it("counts mental-health warnings only for the residents the caller holds MENTAL_HEALTH for", async () => {
    // Counselor of A only, grid leader of all three: C's mental-health warning stays out.
    const options = { scope: { students: { counselor: [A.id], grid_leader: [A.id, B.id, C.id] } } };
    const res = await stats([grid], callerFor(["counselor", "grid_leader"], counselor.id), options);
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities[0]?.warningStats).toEqual(
      picture({
        residents: 3,
        counted: 3,
        students: 3,
        overdue: 3,
        level: [1, 2, 2],
        category: [2, 1, 1, 0, 1],
        status: [2, 0, 1, 1, 1],
      }),
    );
  });

  it("shows an administrator every resident, without mental-health warnings, which administrators do not hold", async () => {
    const res = await stats([grid], callers.admin());
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities[0]?.warningStats).toEqual(
      picture({
        residents: 3,
        counted: 3,
        students: 3,
        overdue: 2,
        level: [1, 2, 1],
        category: [2, 1, null, 0, 1],
        status: [2, 0, 0, 1, 1],
      }),
    );
  });

  it("refuses callers who cover none of the residents, a resident asking about their own grid included", async () => {
    const refused: [string, Caller, ExecuteOptions][] = [
      ["a resident", callers.student(A.id), {}],
      [
        "a grid leader of other students",
        callerFor(["grid_leader"], gridLeader.id),
        covering("grid_leader", [X.id]),
      ],
      ["an auditor", callerFor(["auditor"]), {}],
    ];
    for (const [who, caller, options] of refused) {
      const res = await stats([grid], caller, options);
      expect(res.data?._entities, who).toEqual([{ id: grid.id, warningStats: null }]);
      expect(errorsOf(res), who).toEqual([[["_entities", 0, "warningStats"], "FORBIDDEN"]]);
    }
  });

  it("shows an empty grid as zeros to a caller who covers anyone, and refuses a student", async () => {
    const admin = await stats([emptyGrid], callers.admin());
    expect(admin.errors).toBeUndefined();
    expect(expectData(admin)._entities[0]?.warningStats).toEqual(
      picture({
        residents: 0,
        counted: 0,
        students: 0,
        overdue: 0,
        level: [0, 0, 0],
        category: [0, 0, null, 0, 0],
        status: [0, 0, 0, 0, 0],
      }),
    );
    const student = await stats([emptyGrid], callers.student(A.id));
    expect(errorsOf(student)).toEqual([[["_entities", 0, "warningStats"], "FORBIDDEN"]]);
  });

  it("ignores what is not an id in a representation, and counts a resident once", async () => {
    const res = await stats([{ ...grid, residentIds: [A.id, A.id, "not-an-id"] }], callers.admin());
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities[0]?.warningStats).toMatchObject({
      residents: 1,
      counted: 1,
      studentsWithOpenWarnings: 1,
      open: 1,
    });
  });

  it("answers many grids in one statement, each with its own residents", async () => {
    const grids = [
      grid,
      { __typename: "Grid", id: randomUUID(), residentIds: [X.id] },
      { __typename: "Grid", id: randomUUID(), residentIds: [B.id, C.id] },
      emptyGrid,
    ];
    const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
      stats(grids, callers.admin()),
    );
    expect(statements).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(
      expectData(res)._entities.map((g) => [g.warningStats?.counted, g.warningStats?.open]),
    ).toEqual([
      [3, 4],
      [1, 1],
      [2, 3],
      [0, 0],
    ]);
  });
});
