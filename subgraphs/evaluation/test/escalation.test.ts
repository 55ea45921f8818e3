import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { table } from "@campus/subgraph/data";
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
import { dueAtFor, dueAtOpenSql, dueAtSql } from "../src/warning/warning.deadlines";
import { Warning } from "../src/warning/warning.entity";
import { WarningLevel, WarningStatus } from "../src/warning/warning.enums";
import { graphql } from "./generated";
import { evaluationEm, evaluationKnex, present, type Caller } from "./support";

const HOUR = 3_600_000;

const ESCALATE = graphql(`
  mutation EscalationRun($asOf: DateTimeISO) {
    escalateOverdueWarnings(asOf: $asOf) {
      escalated
      asOf
    }
  }
`);
const WARNING_ESCALATIONS = graphql(`
  query EscalationOfWarning($id: ID!) {
    warning(id: $id) {
      status
      escalationTier
      dueAt
      overdue
      escalations {
        fromTier
        toTier
        stage
        at
        dueAt
      }
    }
  }
`);

describe("escalating overdue warnings", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-escalation");
  const student = b.student({ name: "王子涵" });
  const other = b.student({ name: "李浩然" });
  const adminPerson = b.staff({ name: "刘建国" });
  // Seeded warnings' clocks start when they were raised: an OPEN yellow one raised at 08:00 on
  // 1 March is due at 08:00 on 2 March, a red one at 12:00 on 1 March.
  const raised = "2026-03-01T08:00:00.000Z";
  const yellowOpen = b.warning(student, { status: "OPEN", level: "YELLOW", raisedAt: raised });
  const redOpen = b.warning(student, { status: "OPEN", level: "RED", raisedAt: raised });
  const orangeAssessed = b.warning(other, {
    status: "ASSESSED",
    level: "ORANGE",
    raisedAt: raised,
  });
  const yellowTracking = b.warning(other, {
    status: "TRACKING",
    level: "YELLOW",
    raisedAt: raised,
  });
  const closed = b.warning(student, { status: "CLOSED", level: "RED", raisedAt: raised });
  const dataset = b.build();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset });
  });
  afterAll(() => harness?.stop());

  const escalate = (
    asOf: string | null,
    as: Caller = callers.admin(),
    options: ExecuteOptions = {},
  ) => subgraphQuery(harness, "evaluation", ESCALATE, { asOf }, as, options);
  const read = async (id: string) => {
    const res = await subgraphQuery(harness, "evaluation", WARNING_ESCALATIONS, { id });
    expect(res.errors).toBeUndefined();
    return present(expectData(res).warning, `warning ${id}`);
  };
  const escalationRows = async () => {
    const row = (await evaluationKnex(harness)
      .withSchema("evaluation")
      .table("warning_escalation")
      .count({ n: "*" })
      .first()) as { n: string | number } | undefined;
    return Number(row?.n);
  };

  it("sets due times by stage and level from when the stage began, and says which are overdue", async () => {
    expect(await read(yellowOpen.id)).toMatchObject({
      escalationTier: "COUNSELOR",
      dueAt: "2026-03-02T08:00:00.000Z",
      overdue: true,
      escalations: [],
    });
    expect(await read(redOpen.id)).toMatchObject({
      dueAt: "2026-03-01T12:00:00.000Z",
      overdue: true,
    });
    expect(await read(orangeAssessed.id)).toMatchObject({ dueAt: "2026-03-04T08:00:00.000Z" });
    expect(await read(yellowTracking.id)).toMatchObject({ dueAt: "2026-03-31T08:00:00.000Z" });
    expect(await read(closed.id)).toMatchObject({ status: "CLOSED", dueAt: null, overdue: false });
  });

  it("refuses anyone but an administrator or the gateway itself", async () => {
    const counselor = callerFor(["counselor"], adminPerson.id);
    for (const [caller, options] of [
      [counselor, { scope: { students: { counselor: [student.id, other.id] } } }],
      [
        callerFor(["college_admin"], adminPerson.id),
        { scope: { students: { college_admin: [student.id, other.id] } } },
      ],
      [callers.student(student.id), {}],
      [
        callerFor(["service"], null, "service"),
        { scope: { students: { service: "all" }, clientPurposes: ["CARE"] } },
      ],
    ] as const) {
      const res = await escalate("2026-06-01T00:00:00.000Z", caller, options);
      expect(
        res.errors?.map((e) => e.extensions?.code),
        caller.name,
      ).toEqual(["FORBIDDEN"]);
    }
    expect(await escalationRows()).toBe(0);
    expect((await read(yellowOpen.id)).escalationTier).toBe("COUNSELOR");
  });

  it("moves each overdue warning one level up, records the missed due time, restarts the stage's clock, and does it once per asOf", async () => {
    // 1 March 13:00: only the red OPEN one (due 12:00) is late.
    const first = await escalate("2026-03-01T13:00:00.000Z");
    expect(first.errors).toBeUndefined();
    expect(expectData(first).escalateOverdueWarnings).toEqual({
      escalated: 1,
      asOf: "2026-03-01T13:00:00.000Z",
    });
    expect(await read(redOpen.id)).toMatchObject({
      escalationTier: "COLLEGE",
      dueAt: "2026-03-01T17:00:00.000Z",
      escalations: [
        {
          fromTier: "COUNSELOR",
          toTier: "COLLEGE",
          stage: "OPEN",
          at: "2026-03-01T13:00:00.000Z",
          dueAt: "2026-03-01T12:00:00.000Z",
        },
      ],
    });
    const again = await escalate("2026-03-01T13:00:00.000Z");
    expect(expectData(again).escalateOverdueWarnings.escalated).toBe(0);
    expect(await escalationRows()).toBe(1);

    // 5 March, by the gateway's scheduler: the red one again (due 17:00 on 1 March), the yellow OPEN and the orange ASSESSED one.
    const second = await escalate("2026-03-05T00:00:00.000Z", callerFor([], null, "gateway"), {
      system: true,
    });
    expect(second.errors).toBeUndefined();
    expect(expectData(second).escalateOverdueWarnings.escalated).toBe(3);
    expect(await read(redOpen.id)).toMatchObject({
      escalationTier: "UNIVERSITY",
      dueAt: "2026-03-05T04:00:00.000Z",
    });
    expect(await read(yellowOpen.id)).toMatchObject({
      escalationTier: "COLLEGE",
      dueAt: "2026-03-06T00:00:00.000Z",
      escalations: [
        {
          fromTier: "COUNSELOR",
          toTier: "COLLEGE",
          stage: "OPEN",
          at: "2026-03-05T00:00:00.000Z",
          dueAt: "2026-03-02T08:00:00.000Z",
        },
      ],
    });
    expect(await read(orangeAssessed.id)).toMatchObject({
      escalationTier: "COLLEGE",
      dueAt: "2026-03-08T00:00:00.000Z",
      escalations: [
        {
          fromTier: "COUNSELOR",
          toTier: "COLLEGE",
          stage: "ASSESSED",
          dueAt: "2026-03-04T08:00:00.000Z",
        },
      ],
    });
    expect(await read(yellowTracking.id)).toMatchObject({
      escalationTier: "COUNSELOR",
      escalations: [],
    });

    // 06:00 on 5 March: the red one (due 04:00) is at the top already; the miss is still recorded, once.
    const third = await escalate("2026-03-05T06:00:00.000Z");
    expect(expectData(third).escalateOverdueWarnings.escalated).toBe(1);
    expect(await escalate("2026-03-05T06:00:00.000Z")).toMatchObject({
      data: { escalateOverdueWarnings: { escalated: 0 } },
    });
    const red = await read(redOpen.id);
    expect(red.escalationTier).toBe("UNIVERSITY");
    expect(red.escalations.map((e) => [e.fromTier, e.toTier, e.dueAt])).toEqual([
      ["COUNSELOR", "COLLEGE", "2026-03-01T12:00:00.000Z"],
      ["COLLEGE", "UNIVERSITY", "2026-03-01T17:00:00.000Z"],
      ["UNIVERSITY", "UNIVERSITY", "2026-03-05T04:00:00.000Z"],
    ]);
    expect(await read(closed.id)).toMatchObject({ escalationTier: "COUNSELOR", escalations: [] });
    expect(await escalationRows()).toBe(5);
  });

  it("answers BAD_USER_INPUT for an asOf that is not a time", async () => {
    const res = await escalate("yesterday");
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("escalation at scale and the due-time policy in SQL", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-escalation-scale");
  const students = Array.from({ length: 60 }, (_, i) => b.student({ name: `学生${i}` }));
  // Ten yellow OPEN warnings due at 08:00 on 2 March, fifty due at 20:00.
  const early = students
    .slice(0, 10)
    .map((s) =>
      b.warning(s, { status: "OPEN", level: "YELLOW", raisedAt: "2026-03-01T08:00:00.000Z" }),
    );
  const late = students
    .slice(10)
    .map((s) =>
      b.warning(s, { status: "OPEN", level: "YELLOW", raisedAt: "2026-03-01T20:00:00.000Z" }),
    );
  // Twenty red ASSIGNED ones, due at 00:00 on 4 March.
  const raced = students
    .slice(0, 20)
    .map((s) =>
      b.warning(s, { status: "ASSIGNED", level: "RED", raisedAt: "2026-03-03T00:00:00.000Z" }),
    );

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const em = () => evaluationEm(harness);
  const escalate = (asOf: string) =>
    subgraphQuery(harness, "evaluation", ESCALATE, { asOf }, callers.admin());
  const tiers = async (ids: string[]) => {
    const rows = await em()
      .getConnection()
      .execute<{ escalation_tier: string }[]>(
        `select escalation_tier from ${table(em(), Warning)} where id = any(?::uuid[])`,
        [`{${ids.join(",")}}`],
      );
    return [...new Set(rows.map((r) => r.escalation_tier))];
  };

  it("uses the same number of statements for 10 overdue warnings as for 50", async () => {
    const run = async (asOf: string, expected: number) => {
      const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
        escalate(asOf),
      );
      expect(res.errors).toBeUndefined();
      expect(expectData(res).escalateOverdueWarnings.escalated).toBe(expected);
      return statements;
    };
    // 09:00 on 2 March: the early ten. 21:00: the late fifty; the early ten were given until 09:00 on 3 March.
    const ten = await run("2026-03-02T09:00:00.000Z", 10);
    const fifty = await run("2026-03-02T21:00:00.000Z", 50);
    expect(ten).toBe(1);
    expect(fifty).toBe(ten);
    expect(await tiers([...early, ...late].map((w) => w.id))).toEqual(["COLLEGE"]);
  });

  it("escalates each miss once when two runs at the same asOf overlap", async () => {
    // 10 March: all eighty are overdue (the raced twenty since the 4th, the others since the 3rd).
    const results = await Promise.all([
      escalate("2026-03-10T00:00:00.000Z"),
      escalate("2026-03-10T00:00:00.000Z"),
    ]);
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(
      results.map((r) => expectData(r).escalateOverdueWarnings.escalated).sort((x, y) => x - y),
    ).toEqual([0, 80]);
    expect(await tiers(raced.map((w) => w.id))).toEqual(["COLLEGE"]);
    expect(await tiers([...early, ...late].map((w) => w.id))).toEqual(["UNIVERSITY"]);
  });

  it("computes in SQL exactly the due times the policy gives, for every stage and level", async () => {
    const from = new Date("2026-04-01T10:15:00.000Z");
    const stages = Object.values(WarningStatus).filter((s) => s !== WarningStatus.CLOSED);
    const pairs = stages.flatMap((s) => Object.values(WarningLevel).map((l) => [s, l] as const));
    const rows = await em()
      .getConnection()
      .execute<{ s: string; l: string; due: Date; open: Date }[]>(
        `select s, l, ${dueAtSql("v.s", "v.l", "?::timestamptz")} as due, ${dueAtOpenSql("v.l", "?::timestamptz")} as open from (values ${pairs.map(() => "(?, ?)").join(", ")}) as v(s, l)`,
        [from, from, ...pairs.flat()],
      );
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      expect(new Date(row.due).toISOString(), `${row.s} ${row.l}`).toBe(
        present(
          dueAtFor(row.s as WarningStatus, row.l as WarningLevel, from),
          "a due time",
        ).toISOString(),
      );
      expect(new Date(row.open).toISOString(), row.l).toBe(
        present(
          dueAtFor(WarningStatus.OPEN, row.l as WarningLevel, from),
          "a due time",
        ).toISOString(),
      );
    }
  });

  it("gives a warning inserted in SQL without a due time the tightest OPEN deadline rather than none", async () => {
    const warnings = table(em(), Warning);
    const [row] = await em()
      .getConnection()
      .execute<{ due_at: Date; created_at: Date }[]>(
        `insert into ${warnings} (id, person_id, category, level, summary, raised_at) values (gen_random_uuid(), ?, 'ACADEMIC', 'YELLOW', 'inserted by hand', now()) returning due_at, created_at`,
        [present(students[0], "a student").id],
      );
    const inserted = present(row, "the inserted row");
    expect(new Date(inserted.due_at).getTime() - new Date(inserted.created_at).getTime()).toBe(
      4 * HOUR,
    );
  });
});
