import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
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
import { dueAtFor } from "../src/warning/warning.deadlines";
import { WarningLevel, WarningStatus } from "../src/warning/warning.enums";
import { graphql } from "./generated";
import type {
  WarningFilter,
  EvalWarningResultFragment as WarningResult,
  WarningOutcome,
  WarningStatus as WarningStatusName,
} from "./generated/graphql";
import {
  evaluationEm,
  evaluationKnex,
  evaluationSubgraph,
  WARNING_IDS,
  type Caller,
} from "./support";

const WARNING = graphql(`
  query EvalWarning($id: ID!) {
    warning(id: $id) {
      id
      category
      level
      status
      summary
      raisedAt
      person {
        id
      }
      transitions {
        from
      }
    }
  }
`);
const NEXT_STATUSES = graphql(`
  query EvalNextStatuses($id: ID!) {
    warning(id: $id) {
      nextStatuses
    }
  }
`);
const WARNING_ID = graphql(`
  query EvalWarningId($id: ID!) {
    warning(id: $id) {
      id
    }
  }
`);
const OWN_WARNING = graphql(`
  query EvalOwnWarning($id: ID!) {
    warning(id: $id) {
      id
      transitions {
        from
      }
    }
  }
`);
const WARNING_SUMMARY = graphql(`
  query EvalWarningSummary($id: ID!) {
    warning(id: $id) {
      id
      summary
    }
  }
`);
const WARNING_OUTCOME = graphql(`
  query EvalWarningOutcome($id: ID!) {
    warning(id: $id) {
      status
      outcome
      transitions {
        from
        to
      }
    }
  }
`);
const PAGE = graphql(`
  query EvalWarningsPage($after: String) {
    warnings(first: 7, after: $after) {
      totalCount
      edges {
        node {
          id
          raisedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const TRANSITIONS = graphql(`
  query EvalWarningTransitions($n: Int!) {
    warnings(first: $n) {
      edges {
        node {
          id
          transitions {
            from
            to
            at
            by {
              id
            }
          }
        }
      }
    }
  }
`);
/**
 * `_entities` is federation's and not in schema.graphql, so those calls are text; the fragments they
 * spread are the typed (checked) part.
 */
const PERSON_WARNINGS = graphql(`
  fragment EvalPersonWarnings on Person {
    id
    warnings {
      id
      category
      level
      status
      summary
      raisedAt
      person {
        id
      }
    }
  }
`);
const PERSON_WARNINGS_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ...EvalPersonWarnings } } ${print(PERSON_WARNINGS)}`;
// What the three workflow mutations answer, spread by each (declared here for codegen).
graphql(`
  fragment EvalWarningResult on Warning {
    id
    status
    dueAt
    overdue
    outcome
    closedAt
    assignee {
      id
    }
    transitions {
      from
      to
      at
      note
      by {
        id
      }
      assignee {
        id
      }
    }
  }
`);
const ADVANCE = graphql(`
  mutation EvalAdvance($id: ID!, $to: WarningStatus!, $note: String) {
    advanceWarning(warningId: $id, to: $to, note: $note) {
      ...EvalWarningResult
    }
  }
`);
const ASSIGN = graphql(`
  mutation EvalAssign($input: AssignWarningInput!) {
    assignWarning(input: $input) {
      ...EvalWarningResult
    }
  }
`);
const CLOSE = graphql(`
  mutation EvalClose($input: CloseWarningInput!) {
    closeWarning(input: $input) {
      ...EvalWarningResult
    }
  }
`);
/** What a client that does not follow the schema might send: refused as the variables are coerced. */
const notAnOutcome = (value: string | null) => value as WarningOutcome;

/** A row of evaluation.warning, as stored() reads it. */
interface StoredWarning {
  status: string;
  version: number;
  updated_at: Date;
  assignee_id: string | null;
  due_at: Date | null;
  outcome: string | null;
  closed_at: Date | null;
}
/** A row of evaluation.warning_transition, as stored() reads it. */
interface StoredStep {
  from_status: string;
  to_status: string;
  by_person_id: string;
  warning_version: number;
  assignee_id: string | null;
}

type PersonWarnings = { _entities: (ResultOf<typeof PERSON_WARNINGS> | null)[] };
const WARNING_STATUS_REF = graphql(`
  fragment EvalWarningStatusRef on Warning {
    id
    status
  }
`);
const WARNING_SUMMARY_REF = graphql(`
  fragment EvalWarningSummaryRef on Warning {
    id
    summary
  }
`);

describe("evaluation subgraph: reading warnings", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-read");
  const [wang, li, zhang, liu, chen] = ["王子涵", "李浩然", "张欣怡", "刘梓萱", "陈宇轩"].map(
    (name) => b.student({ name }),
  );
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  const wangAcademic = b.warning(wang, {
    category: "ACADEMIC",
    level: "YELLOW",
    status: "OPEN",
    raisedAt: "2024-11-01T08:00:00.000Z",
  });
  const wangMental = b.warning(wang, {
    category: "MENTAL_HEALTH",
    level: "RED",
    status: "ASSESSED",
    summary: "心理中心转介，需持续关注",
    raisedAt: "2024-11-05T08:00:00.000Z",
  });
  const liBehaviour = b.warning(li, {
    category: "BEHAVIOUR",
    level: "ORANGE",
    status: "TRACKING",
    summary: "近两周多次晚归",
    raisedAt: "2024-11-03T08:00:00.000Z",
  });
  const zhangFinancial = b.warning(zhang, {
    category: "FINANCIAL",
    level: "YELLOW",
    status: "CLOSED",
    summary: "校园卡月消费显著偏低",
    raisedAt: "2024-11-02T08:00:00.000Z",
  });
  const liuSafety = b.warning(liu, {
    category: "SAFETY",
    level: "RED",
    status: "INTERVENING",
    summary: "连续三日无门禁记录",
    raisedAt: "2024-11-04T08:00:00.000Z",
  });
  // 30 more students with two warnings each, for the batching test; all raised before the five above.
  const crowd = Array.from({ length: 30 }, (_, i) =>
    b.student({ name: `学生${String(i).padStart(2, "0")}` }),
  );
  for (const [i, student] of crowd.entries()) {
    b.warning(student, {
      category: "ACADEMIC",
      level: "ORANGE",
      raisedAt: `2024-10-${String(1 + (i % 28)).padStart(2, "0")}T08:00:00.000Z`,
    });
    b.warning(student, {
      category: "BEHAVIOUR",
      level: "ORANGE",
      raisedAt: `2024-10-${String(1 + (i % 28)).padStart(2, "0")}T09:00:00.000Z`,
    });
  }
  const dataset = b.build();
  const first5 = [wangAcademic, zhangFinancial, liBehaviour, liuSafety, wangMental]; // by raisedAt
  // The counselor covers every student here (as the gateway would resolve it), so holds MENTAL_HEALTH for all.
  const asCounselor = callers.counselor(counselor.id);
  const everyone: ExecuteOptions = {
    scope: {
      students: { counselor: dataset.people.filter((p) => p.kind === "STUDENT").map((p) => p.id) },
    },
  };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const personWarnings = (ids: string[], as = callers.admin(), options?: ExecuteOptions) =>
    harness.execute<PersonWarnings>(
      "evaluation",
      PERSON_WARNINGS_QUERY,
      { r: ids.map((id) => ({ __typename: "Person", id })) },
      as,
      options,
    );

  it("does not seed twice when asked only to fill an empty database", async () => {
    const em = evaluationEm(harness);
    expect(await seed(em, dataset, { onlyIfEmpty: true })).toBe(false);
  });

  it("finds a warning by id, with its person as a key and an empty seeded history", async () => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      WARNING,
      { id: wangMental.id },
      asCounselor,
      everyone,
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).warning).toEqual({
      id: wangMental.id,
      category: "MENTAL_HEALTH",
      level: "RED",
      status: "ASSESSED",
      summary: "心理中心转介，需持续关注",
      raisedAt: "2024-11-05T08:00:00.000Z",
      person: { id: wang.id },
      transitions: [],
    });
  });

  it("says which statuses the workflow allows next, so clients need not copy it", async () => {
    const next = async (id: string) => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        NEXT_STATUSES,
        { id },
        asCounselor,
        everyone,
      );
      expect(res.errors).toBeUndefined();
      return expectData(res).warning?.nextStatuses;
    };
    expect(await next(wangAcademic.id)).toEqual(["ASSIGNED"]);
    expect(await next(wangMental.id)).toEqual(["INTERVENING"]);
    expect(await next(liBehaviour.id)).toEqual(["CLOSED", "INTERVENING"]);
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await subgraphQuery(harness, "evaluation", WARNING_ID, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.errors).toBeUndefined();
    expect(expectData(unknown).warning).toBeNull();
    const malformed = await subgraphQuery(harness, "evaluation", WARNING_ID, { id: "x" });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
  });

  it("pages through all warnings by raisedAt with cursors that continue where the last page ended", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: GraphQLResponse<ResultOf<typeof PAGE>> = await subgraphQuery(
        harness,
        "evaluation",
        PAGE,
        { after },
        asCounselor,
        everyone,
      );
      expect(res.errors).toBeUndefined();
      const { warnings } = expectData(res);
      expect(warnings.totalCount).toBe(65);
      seen.push(...warnings.edges.map((e) => e.node.id));
      if (!warnings.pageInfo.hasNextPage) break;
      after = warnings.pageInfo.endCursor;
    }
    const expected = [...dataset.warnings]
      .sort((x, y) => x.raisedAt.localeCompare(y.raisedAt) || (x.id < y.id ? -1 : 1))
      .map((w) => w.id);
    expect(seen).toEqual(expected);
    expect(seen.slice(-5)).toEqual(first5.map((w) => w.id));
  });

  it("filters by status, level and category, all given conditions together", async () => {
    const ids = async (filter: WarningFilter) => {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        WARNING_IDS,
        { filter, first: 100 },
        asCounselor,
        everyone,
      );
      expect(res.errors).toBeUndefined();
      const { warnings } = expectData(res);
      expect(warnings.totalCount).toBe(warnings.edges.length);
      return warnings.edges.map((e) => e.node.id);
    };
    expect(await ids({ status: "TRACKING" })).toEqual([liBehaviour.id]);
    expect(await ids({ level: "RED" })).toEqual([liuSafety.id, wangMental.id]);
    expect(await ids({ category: "FINANCIAL" })).toEqual([zhangFinancial.id]);
    expect(await ids({ level: "YELLOW", status: "OPEN" })).toEqual([wangAcademic.id]);
    expect(await ids({ level: "ORANGE", category: "BEHAVIOUR" })).toHaveLength(31);
    expect(await ids({ level: "RED", category: "ACADEMIC" })).toEqual([]);
  });

  it("rejects page sizes out of range and cursors it did not issue", async () => {
    const big = await subgraphQuery(harness, "evaluation", WARNING_IDS, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await subgraphQuery(harness, "evaluation", WARNING_IDS, {
      after: "bm90LWEtY3Vyc29y",
    });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("adds warnings to Person, newest first, and an empty list for someone without any", async () => {
    const res = await personWarnings([wang.id, chen.id], asCounselor, everyone);
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities).toEqual([
      {
        id: wang.id,
        warnings: [
          expect.objectContaining({ id: wangMental.id, person: { id: wang.id } }),
          expect.objectContaining({ id: wangAcademic.id }),
        ],
      },
      { id: chen.id, warnings: [] },
    ]);
  });

  it("resolves Warning references for other subgraphs", async () => {
    const res = await harness.execute<{
      _entities: (ResultOf<typeof WARNING_STATUS_REF> | null)[];
    }>(
      "evaluation",
      `query($r: [_Any!]!) { _entities(representations: $r) { ...EvalWarningStatusRef } } ${print(WARNING_STATUS_REF)}`,
      {
        r: [
          { __typename: "Warning", id: liBehaviour.id },
          { __typename: "Warning", id: "00000000-0000-4000-8000-000000000000" },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities).toEqual([{ id: liBehaviour.id, status: "TRACKING" }, null]);
  });

  describe("access", () => {
    const student = (person: { id: string }) => callers.student(person.id);

    it("lets a student read their own warnings through Person, except MENTAL_HEALTH ones, and not someone else's, in the same answer", async () => {
      const res = await personWarnings([wang.id, li.id, chen.id], student(wang));
      expect(res.data?._entities[0]).toEqual({
        id: wang.id,
        warnings: [expect.objectContaining({ id: wangAcademic.id, summary: wangAcademic.summary })],
      });
      expect(res.data?._entities[1]).toEqual({ id: li.id, warnings: null });
      expect(res.data?._entities[2]).toEqual({ id: chen.id, warnings: null });
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [["_entities", 1, "warnings"], "FORBIDDEN"],
        [["_entities", 2, "warnings"], "FORBIDDEN"],
      ]);
    });

    it("lets a student read their own warning by id and refuses someone else's and their own MENTAL_HEALTH one", async () => {
      const own = await subgraphQuery(
        harness,
        "evaluation",
        OWN_WARNING,
        { id: wangAcademic.id },
        student(wang),
      );
      expect(own.errors).toBeUndefined();
      expect(expectData(own).warning).toEqual({ id: wangAcademic.id, transitions: [] });
      for (const id of [liBehaviour.id, wangMental.id]) {
        const refused = await subgraphQuery(
          harness,
          "evaluation",
          WARNING_SUMMARY,
          { id },
          student(wang),
        );
        expect(refused.data?.warning).toBeNull();
        expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      }
    });

    it("applies the same rule to Warning references", async () => {
      const res = await harness.execute<{
        _entities: (ResultOf<typeof WARNING_SUMMARY_REF> | null)[];
      }>(
        "evaluation",
        `query($r: [_Any!]!) { _entities(representations: $r) { ...EvalWarningSummaryRef } } ${print(WARNING_SUMMARY_REF)}`,
        {
          r: [wangAcademic, liBehaviour, wangMental].map((w) => ({
            __typename: "Warning",
            id: w.id,
          })),
        },
        student(wang),
      );
      expect(res.data?._entities).toEqual([
        { id: wangAcademic.id, summary: wangAcademic.summary },
        null,
        null,
      ]);
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [["_entities", 1], "FORBIDDEN"],
        [["_entities", 2], "FORBIDDEN"],
      ]);
    });

    it("lists to a student only their own warnings, without MENTAL_HEALTH ones, counted alike", async () => {
      const res = await subgraphQuery(harness, "evaluation", WARNING_IDS, {}, student(wang));
      expect(res.errors).toBeUndefined();
      expect(expectData(res).warnings).toEqual({
        totalCount: 1,
        edges: [{ node: { id: wangAcademic.id } }],
      });
    });

    it("lets staff read the students their scope covers, and nobody else's", async () => {
      const adviserCaller = callerFor(["class_adviser"], adviser.id);
      const covering: [Caller, ExecuteOptions][] = [
        [asCounselor, { scope: { students: { counselor: [liu.id] } } }],
        [adviserCaller, { scope: { students: { class_adviser: [liu.id, zhang.id] } } }],
        [callers.admin(), {}],
      ];
      for (const [caller, options] of covering) {
        const list = await subgraphQuery(
          harness,
          "evaluation",
          WARNING_IDS,
          { filter: { category: "SAFETY" } },
          caller,
          options,
        );
        expect(list.errors, caller.name).toBeUndefined();
        expect(expectData(list).warnings.edges).toEqual([{ node: { id: liuSafety.id } }]);
        const person = await personWarnings([liu.id], caller, options);
        expect(person.errors, caller.name).toBeUndefined();
        expect(expectData(person)._entities[0]?.warnings?.map((w) => w.id)).toEqual([liuSafety.id]);
      }
      const elsewhere: ExecuteOptions = { scope: { students: { class_adviser: [zhang.id] } } };
      const list = await subgraphQuery(
        harness,
        "evaluation",
        WARNING_IDS,
        {},
        adviserCaller,
        elsewhere,
      );
      expect(list.errors).toBeUndefined();
      expect(expectData(list).warnings).toEqual({
        totalCount: 1,
        edges: [{ node: { id: zhangFinancial.id } }],
      });
      const person = await personWarnings([liu.id], adviserCaller, elsewhere);
      expect(person.data?._entities[0]?.warnings).toBeNull();
      expect(person.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    });

    it("shows a caller who is no person and has no scope nothing at all", async () => {
      const nobody = callerFor([], null, "nobody");
      const own = await personWarnings([wang.id], nobody);
      expect(own.data?._entities[0]?.warnings).toBeNull();
      expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const list = await subgraphQuery(harness, "evaluation", WARNING_IDS, {}, nobody);
      expect(list.errors).toBeUndefined();
      expect(expectData(list).warnings).toEqual({ totalCount: 0, edges: [] });
    });
  });

  describe("batching", () => {
    const count = () => evaluationSubgraph(harness).statements.count;

    it("loads Person.warnings for 3 or 30 representations in the same number of statements", async () => {
      const statementsFor = async (n: number) => {
        const before = count();
        const res = await personWarnings(crowd.slice(0, n).map((s) => s.id));
        expect(res.errors).toBeUndefined();
        const { _entities } = expectData(res);
        expect(_entities).toHaveLength(n);
        for (const entity of _entities) expect(entity?.warnings).toHaveLength(2);
        return count() - before;
      };
      const three = await statementsFor(3);
      const thirty = await statementsFor(30);
      expect(three).toBe(1);
      expect(thirty).toBe(three);
    });

    it("loads Warning.transitions for a page of 5 or 50 warnings in the same number of statements", async () => {
      const statementsFor = async (n: number) => {
        const before = count();
        const res = await subgraphQuery(harness, "evaluation", TRANSITIONS, { n });
        expect(res.errors).toBeUndefined();
        expect(expectData(res).warnings.edges).toHaveLength(n);
        return count() - before;
      };
      const five = await statementsFor(5);
      const fifty = await statementsFor(50);
      // One page query, one count, one for all the pages' transitions.
      expect(five).toBe(3);
      expect(fifty).toBe(five);
    });
  });
});

const ASSESS_NOTE = "研判：已与学生谈话";

describe("evaluation subgraph: the warning workflow", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-workflow");
  const student = b.student({ name: "王子涵" });
  const counselor = b.staff({ name: "陈晓燕" });
  const adminPerson = b.staff({ name: "刘建国" });
  const adviser = b.staff({ name: "王立新" });
  const colleague = b.staff({ name: "赵敏" });
  // A student who also works as a counselor (a graduate assistant), whose scope includes themselves.
  const studentCounselor = b.student({ name: "孙浩" });
  const statuses = ["OPEN", "ASSIGNED", "ASSESSED", "INTERVENING", "TRACKING", "CLOSED"] as const;
  const walker = b.warning(student, {
    status: "OPEN",
    level: "RED",
    summary: "walks the whole workflow",
  });
  const atStatus = Object.fromEntries(
    statuses.map((status) => [
      status,
      b.warning(student, { status, summary: `refusals from ${status}` }),
    ]),
  );
  const guarded = b.warning(student, { status: "OPEN", summary: "for refused callers" });
  const guardedTracking = b.warning(student, {
    status: "TRACKING",
    summary: "for refused closers",
  });
  const mental = b.warning(student, {
    status: "OPEN",
    category: "MENTAL_HEALTH",
    summary: "needs MENTAL_HEALTH to work",
  });
  const own = b.warning(studentCounselor, { status: "OPEN", summary: "about a member of staff" });
  const reassigned = b.warning(student, { status: "OPEN", level: "ORANGE", summary: "handed on" });
  const raced = b.warning(student, { status: "ASSIGNED", summary: "raced with a held lock" });
  const racedFreely = b.warning(student, { status: "ASSIGNED", summary: "raced over HTTP" });
  const racedAssign = b.warning(student, { status: "OPEN", summary: "assigned twice at once" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  // The scopes the gateway would resolve: the counselor covers the student; an administrator (no scope given) everyone.
  const counselorScope: ExecuteOptions = { scope: { students: { counselor: [student.id] } } };
  const campusWide: ExecuteOptions = {};
  const asCounselor = callers.counselor(counselor.id);
  const advance = (
    id: string,
    to: WarningStatusName,
    as: Caller = asCounselor,
    note?: string,
    options = counselorScope,
  ) =>
    subgraphQuery(
      harness,
      "evaluation",
      ADVANCE,
      // 研判 needs a note; the tests of that rule are in casework-notifications.test.ts.
      { id, to, note: note ?? (to === "ASSESSED" ? ASSESS_NOTE : undefined) },
      as,
      options,
    );
  const assign = (
    id: string,
    assigneeId: string,
    as: Caller = asCounselor,
    note?: string,
    options = counselorScope,
  ) =>
    subgraphQuery(
      harness,
      "evaluation",
      ASSIGN,
      { input: { warningId: id, assigneeId, note } },
      as,
      options,
    );
  const close = (
    id: string,
    outcome: WarningOutcome,
    as: Caller = asCounselor,
    note?: string,
    options = counselorScope,
  ) =>
    subgraphQuery(
      harness,
      "evaluation",
      CLOSE,
      { input: { warningId: id, outcome, note } },
      as,
      options,
    );

  /** The warning's row and history as stored, read past the API. */
  const stored = async (id: string) => {
    const knex = evaluationKnex(harness);
    const [row] = await knex
      .withSchema("evaluation")
      .table("warning")
      .where({ id })
      .select<StoredWarning[]>(
        "status",
        "version",
        "updated_at",
        "assignee_id",
        "due_at",
        "outcome",
        "closed_at",
      );
    const steps = await knex
      .withSchema("evaluation")
      .table("warning_transition")
      .where({ warning_id: id })
      .orderBy("warning_version")
      .select<StoredStep[]>(
        "from_status",
        "to_status",
        "by_person_id",
        "warning_version",
        "assignee_id",
      );
    return { row, steps };
  };

  it("walks every step, relapse included, and records who moved it, when, why, to whom and until when", async () => {
    const admin = callerFor(["admin"], adminPerson.id, "admin");
    const path: [mutation: "assign" | "advance" | "close", to: WarningStatusName][] = [
      ["assign", "ASSIGNED"],
      ["advance", "ASSESSED"],
      ["advance", "INTERVENING"],
      ["advance", "TRACKING"],
      ["advance", "INTERVENING"],
      ["advance", "TRACKING"],
      ["close", "CLOSED"],
    ];
    const started = Date.now();
    let last: WarningResult | undefined;
    for (const [i, [mutation, to]] of path.entries()) {
      const [as, options] = i % 2 === 0 ? [asCounselor, counselorScope] : [admin, campusWide];
      const note = i === 4 ? "  复发：再次连续晚归  " : undefined;
      const res: GraphQLResponse<Record<string, WarningResult>> =
        mutation === "assign"
          ? await assign(walker.id, counselor.id, as, note, options)
          : mutation === "close"
            ? await close(walker.id, "IMPROVED", as, note, options)
            : await advance(walker.id, to, as, note, options);
      expect(res.errors, `step ${i} to ${to}`).toBeUndefined();
      const [warning] = Object.values(expectData(res));
      if (!warning) throw new Error(`step ${i} answered no warning`);
      expect(warning.status).toBe(to);
      expect(warning.transitions).toHaveLength(i + 1);
      // Each step starts its stage's clock: due the stage's hours for a RED warning after the step.
      const at = new Date(String(warning.transitions[i]?.at));
      expect(warning.dueAt).toBe(
        dueAtFor(to as WarningStatus, WarningLevel.RED, at)?.toISOString() ?? null,
      );
      expect(warning.overdue).toBe(false);
      last = warning;
    }
    const finished = Date.now();
    if (!last) throw new Error("no step was taken");
    const from = ["OPEN", ...path.slice(0, -1).map(([, to]) => to)];
    expect(last.transitions.map((t) => [t.from, t.to])).toEqual(
      path.map(([, to], i) => [from[i], to]),
    );
    expect(last.transitions.map((t) => t.by?.id)).toEqual(
      path.map((_, i) => (i % 2 === 0 ? counselor.id : adminPerson.id)),
    );
    expect(last.transitions.map((t) => t.note)).toEqual(
      path.map((_, i) => (i === 4 ? "复发：再次连续晚归" : i === 1 ? ASSESS_NOTE : null)),
    );
    expect(last.transitions.map((t) => t.assignee)).toEqual(
      path.map((_, i) => (i === 0 ? { id: counselor.id } : null)),
    );
    const times = last.transitions.map((t) => Date.parse(t.at));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(started - 1000);
      expect(time).toBeLessThanOrEqual(finished + 1000);
    }
    expect(last).toMatchObject({
      status: "CLOSED",
      outcome: "IMPROVED",
      dueAt: null,
      overdue: false,
      assignee: { id: counselor.id },
      closedAt: last.transitions.at(-1)?.at,
    });
    const read = await subgraphQuery(
      harness,
      "evaluation",
      WARNING_OUTCOME,
      { id: walker.id },
      callers.student(student.id),
    );
    expect(expectData(read).warning?.status).toBe("CLOSED");
    expect(expectData(read).warning?.outcome).toBe("IMPROVED");
    expect(expectData(read).warning?.transitions).toEqual(
      last.transitions.map((t) => ({ from: t.from, to: t.to })),
    );
    const { row, steps } = await stored(walker.id);
    expect(row.version).toBe(1 + path.length);
    expect(steps.map((s) => s.warning_version)).toEqual(path.map((_, i) => i + 1));
  });

  it("refuses through advanceWarning every step but the middle ones, naming from, to and the allowed targets, and changes nothing", async () => {
    const allowed: Record<string, string[]> = {
      OPEN: ["ASSIGNED"],
      ASSIGNED: ["ASSESSED"],
      ASSESSED: ["INTERVENING"],
      INTERVENING: ["TRACKING"],
      TRACKING: ["CLOSED", "INTERVENING"],
      CLOSED: [],
    };
    const middle = [
      "ASSIGNED>ASSESSED",
      "ASSESSED>INTERVENING",
      "INTERVENING>TRACKING",
      "TRACKING>INTERVENING",
    ];
    let refused = 0;
    for (const from of statuses) {
      const warning = atStatus[from];
      const before = await stored(warning.id);
      for (const to of statuses) {
        if (middle.includes(`${from}>${to}`)) continue;
        const res = await advance(warning.id, to);
        expect(res.data, `${from} → ${to}`).toBeNull();
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "to",
          from,
          to,
          allowed: allowed[from],
        });
        if (allowed[from]?.includes(to))
          expect(res.errors?.[0]?.message).toContain(
            to === "ASSIGNED" ? "use assignWarning" : "use closeWarning",
          );
        else expect(res.errors?.[0]?.message).toContain(`from ${from} to ${to}`);
        refused++;
      }
      expect(await stored(warning.id)).toEqual(before);
      expect(before.steps).toEqual([]);
      expect(before.row.status).toBe(from);
    }
    expect(refused).toBe(32);
  });

  it("closes only a TRACKING warning, only with an outcome, and assigns nothing CLOSED", async () => {
    for (const from of statuses.filter((s) => s !== "TRACKING")) {
      const warning = atStatus[from];
      const before = await stored(warning.id);
      const res = await close(warning.id, "RESOLVED");
      expect(res.data, from).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "warningId",
        from,
        to: "CLOSED",
      });
      expect(res.errors?.[0]?.message).toContain("only a TRACKING warning can be closed");
      expect(await stored(warning.id)).toEqual(before);
    }
    const tracking = atStatus.TRACKING;
    const before = await stored(tracking.id);
    const withoutOutcome = await close(tracking.id, notAnOutcome(null));
    expect(withoutOutcome.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknownOutcome = await close(tracking.id, notAnOutcome("FORGOTTEN"));
    expect(unknownOutcome.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await stored(tracking.id)).toEqual(before);
    expect(before.row).toMatchObject({ status: "TRACKING", outcome: null, closed_at: null });

    const closed = atStatus.CLOSED;
    const beforeClosed = await stored(closed.id);
    const reopened = await assign(closed.id, counselor.id);
    expect(reopened.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "warningId",
      from: "CLOSED",
      allowed: [],
    });
    expect(await stored(closed.id)).toEqual(beforeClosed);
  });

  it("re-assigns a warning in any open stage without moving it, keeps the stage's due time, and refuses the student and the same assignee", async () => {
    const first = await assign(reassigned.id, counselor.id, asCounselor, "分派给辅导员");
    expect(first.errors).toBeUndefined();
    const dueAtAssigned = expectData(first).assignWarning.dueAt;
    expect(dueAtAssigned).toBe(
      dueAtFor(
        WarningStatus.ASSIGNED,
        WarningLevel.ORANGE,
        new Date(String(expectData(first).assignWarning.transitions[0]?.at)),
      )?.toISOString(),
    );
    const assessed = await advance(reassigned.id, "ASSESSED");
    expect(assessed.errors).toBeUndefined();
    const before = await stored(reassigned.id);
    for (const [assigneeId, why] of [
      [student.id, "the student"],
      [counselor.id, "the same assignee"],
      ["not-an-id", "a malformed id"],
    ] as const) {
      const res = await assign(reassigned.id, assigneeId);
      expect(res.errors?.[0]?.extensions, why).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "assigneeId",
      });
    }
    expect(await stored(reassigned.id)).toEqual(before);
    const handed = await assign(reassigned.id, colleague.id, asCounselor, "转交赵敏老师");
    expect(handed.errors).toBeUndefined();
    const warning = expectData(handed).assignWarning;
    expect(warning).toMatchObject({
      status: "ASSESSED",
      assignee: { id: colleague.id },
      dueAt: expectData(assessed).advanceWarning.dueAt,
    });
    expect(
      warning.transitions.map((t) => [t.from, t.to, t.assignee?.id ?? null, t.note, t.by?.id]),
    ).toEqual([
      ["OPEN", "ASSIGNED", counselor.id, "分派给辅导员", counselor.id],
      ["ASSIGNED", "ASSESSED", null, ASSESS_NOTE, counselor.id],
      ["ASSESSED", "ASSESSED", colleague.id, "转交赵敏老师", counselor.id],
    ]);
    const { steps } = await stored(reassigned.id);
    expect(steps.map((s) => s.assignee_id)).toEqual([counselor.id, null, colleague.id]);
  });

  it("refuses an unknown warning, a malformed id and an over-long note, changing nothing", async () => {
    const before = await stored(guarded.id);
    for (const res of [
      await assign("00000000-0000-4000-8000-000000000000", counselor.id),
      await advance("00000000-0000-4000-8000-000000000000", "ASSESSED"),
      await close("00000000-0000-4000-8000-000000000000", "RESOLVED"),
    ]) {
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    for (const res of [
      await assign("nope", counselor.id),
      await advance("nope", "ASSESSED"),
      await close("nope", "RESOLVED"),
    ]) {
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "warningId",
      });
    }
    const long = await assign(guarded.id, counselor.id, asCounselor, "字".repeat(2001));
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    expect(await stored(guarded.id)).toEqual(before);
  });

  it("lets only staff holding CARE for the student, who are people and not the student, assign, advance or close a warning", async () => {
    const other = b.data.people.find((p) => p.id !== student.id);
    if (!other) throw new Error("the dataset has no one but the student");
    const elsewhere = other.id;
    const refused: [Caller, ExecuteOptions][] = [
      [
        callerFor(["class_adviser"], adviser.id, "class adviser of other students"),
        { scope: { students: { class_adviser: [elsewhere] } } },
      ],
      // Both cover the student, and neither holds CARE.
      [
        callerFor(["psychology_teacher", "grid_leader"], adviser.id, "psychology teacher"),
        { scope: { students: { psychology_teacher: [student.id], grid_leader: [student.id] } } },
      ],
      [callers.student(student.id), {}],
      [callers.admin(), campusWide], // an administrator with no person: the step would have no `by`
      [
        callerFor(["service"], null, "service"),
        { scope: { students: { service: "all" }, clientPurposes: ["CARE"] } },
      ],
    ];
    const attempts = [
      [
        guarded,
        (as: Caller, options: ExecuteOptions) =>
          assign(guarded.id, colleague.id, as, undefined, options),
      ],
      [
        atStatus.ASSIGNED,
        (as: Caller, options: ExecuteOptions) =>
          advance(atStatus.ASSIGNED.id, "ASSESSED", as, undefined, options),
      ],
      [
        guardedTracking,
        (as: Caller, options: ExecuteOptions) =>
          close(guardedTracking.id, "RESOLVED", as, undefined, options),
      ],
    ] as const;
    for (const [warning, attempt] of attempts) {
      const before = await stored(warning.id);
      for (const [caller, options] of refused) {
        const res = await attempt(caller, options);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          caller.name,
        ).toEqual(["FORBIDDEN"]);
      }
      expect(await stored(warning.id)).toEqual(before);
    }
    // A class adviser covering the student holds CARE: allowed, and recorded as the one who did it.
    const allowed = await assign(
      guarded.id,
      colleague.id,
      callerFor(["class_adviser"], adviser.id),
      undefined,
      { scope: { students: { class_adviser: [student.id] } } },
    );
    expect(allowed.errors).toBeUndefined();
    expect(expectData(allowed).assignWarning.status).toBe("ASSIGNED");
    expect(expectData(allowed).assignWarning.transitions.map((t) => t.by?.id)).toEqual([
      adviser.id,
    ]);
  });

  it("refuses acting on one's own record, even to staff whose scope includes themselves", async () => {
    const before = await stored(own.id);
    const self = callerFor(["counselor"], studentCounselor.id, "student counselor");
    const res = await assign(own.id, counselor.id, self, undefined, {
      scope: { students: { counselor: [studentCounselor.id] } },
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(res.errors?.[0]?.message).toContain("their own record");
    expect(await stored(own.id)).toEqual(before);
  });

  it("needs MENTAL_HEALTH as well to work a MENTAL_HEALTH warning", async () => {
    const before = await stored(mental.id);
    const res = await assign(
      mental.id,
      colleague.id,
      callerFor(["class_adviser"], adviser.id),
      undefined,
      { scope: { students: { class_adviser: [student.id] } } },
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await stored(mental.id)).toEqual(before);
    const counselorDoes = await assign(mental.id, counselor.id);
    expect(counselorDoes.errors).toBeUndefined();
    expect(expectData(counselorDoes).assignWarning.status).toBe("ASSIGNED");
  });

  it("lets exactly one of two advances from the same state apply; the other gets CONFLICT", async () => {
    const knex = evaluationKnex(harness);
    // Hold the row so both requests read version 1 and then queue at their UPDATE.
    const lock = await knex.transaction();
    try {
      await lock.raw(`select id from "evaluation"."warning" where id = ? for update`, [raced.id]);
      const a = advance(raced.id, "ASSESSED", asCounselor, "first");
      const b2 = advance(
        raced.id,
        "ASSESSED",
        callerFor(["admin"], adminPerson.id, "admin"),
        "second",
        campusWide,
      );
      const deadline = Date.now() + 15_000;
      for (;;) {
        const { rows } = await knex.raw<{ rows: { n: number }[] }>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'update "evaluation"."warning"%'`,
        );
        if ((rows[0]?.n ?? 0) >= 2) break;
        if (Date.now() > deadline) throw new Error("the two advances never both waited on the row");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await lock.commit();
      const results = await Promise.all([a, b2]);
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.errors?.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
      expect(won[0]?.data?.advanceWarning.transitions).toHaveLength(1);
    } finally {
      if (!lock.isCompleted()) await lock.rollback();
    }
    const { row, steps } = await stored(raced.id);
    expect(row.status).toBe("ASSESSED");
    expect(row.version).toBe(2);
    expect(steps).toHaveLength(1);
  });

  it("applies exactly one of several simultaneous advances, or assignments, over HTTP, whatever the timing", async () => {
    const advances = await Promise.all(
      Array.from({ length: 4 }, () => advance(racedFreely.id, "ASSESSED")),
    );
    // The same assignee each time: a later assignment to someone else would be a legitimate hand-over.
    const assignments = await Promise.all(
      Array.from({ length: 4 }, () => assign(racedAssign.id, colleague.id)),
    );
    for (const [results, id, status] of [
      [advances, racedFreely.id, "ASSESSED"],
      [assignments, racedAssign.id, "ASSIGNED"],
    ] as const) {
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) {
        // Lost the race (CONFLICT), or came after the winner had committed (ASSESSED → ASSESSED, or already assigned to them).
        expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(r.errors?.[0]?.extensions?.code);
      }
      const { row, steps } = await stored(id);
      expect(row.status).toBe(status);
      expect(steps).toHaveLength(1);
    }
  });
});
