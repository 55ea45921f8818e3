import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  errorsOf,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const CREATE = graphql(`
  mutation PairingCreate($input: CreatePairingInput!) {
    createPairing(input: $input) {
      id
      kind
      state
      startsOn
      endsOn
      plan
      unit {
        id
      }
      branch {
        id
      }
      teacher {
        id
      }
      student {
        id
      }
    }
  }
`);
const LOG = graphql(`
  mutation PairingLog($input: LogPairingActivityInput!) {
    logPairingActivity(input: $input) {
      id
      heldOn
      term
      title
      summary
      participantCount
      recordedBy {
        id
      }
      pairing {
        id
      }
    }
  }
`);
const END = graphql(`
  mutation PairingEnd($id: ID!, $note: String) {
    endPairing(pairingId: $id, note: $note) {
      id
      state
      endedAt
      endNote
      endedBy {
        id
      }
    }
  }
`);
const CLOSE_UNIT = graphql(`
  mutation PairingCloseUnit($id: ID!) {
    closeOrgUnit(unitId: $id) {
      id
      closedOn
    }
  }
`);
const ONE = graphql(`
  query PairingOne($id: ID!) {
    pairing(id: $id) {
      id
      state
      activities(first: 2) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            heldOn
            title
          }
        }
      }
      activitiesByTerm {
        term
        activityCount
        participantCount
      }
    }
  }
`);
const MORE_ACTIVITIES = graphql(`
  query PairingMoreActivities($id: ID!, $after: String) {
    pairing(id: $id) {
      activities(first: 2, after: $after) {
        edges {
          node {
            heldOn
          }
        }
      }
    }
  }
`);
const LIST = graphql(`
  query PairingList($unitId: ID, $kind: PairingKind, $state: PairingState) {
    pairings(first: 50, unitId: $unitId, kind: $kind, state: $state) {
      totalCount
      edges {
        node {
          id
          kind
        }
      }
    }
  }
`);
const UNIT = graphql(`
  query PairingUnitPage($id: ID!) {
    orgUnit(id: $id) {
      pairings(first: 100) {
        totalCount
        edges {
          node {
            id
            kind
            state
            plan
            unit {
              name
            }
            branch {
              name
            }
            teacher {
              id
            }
            activities(first: 3) {
              totalCount
              edges {
                node {
                  title
                  recordedBy {
                    id
                  }
                }
              }
            }
            activitiesByTerm {
              term
              activityCount
            }
          }
        }
      }
    }
  }
`);

/**
 * Pairings (结对共建) in the organisation subgraph alone: the kinds of unit each side may be, the
 * period, the activity log and its counts per term, the one-way end, and the refusals. Alone there
 * is no graph, so a secretary is taken at their role's word and people go unchecked;
 * infra/test/pairings.test.ts asks both through the real gateway.
 */
describe("organisation: pairings (结对共建)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("pairings");
  const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
  const general = b.orgUnit({
    name: "彭康书院党总支",
    kind: "GENERAL_BRANCH",
    parentId: committee.id,
  });
  const branch = b.orgUnit({
    name: "第1师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const teachers = b.orgUnit({
    name: "第2师生联合党支部",
    kind: "JOINT_BRANCH",
    parentId: general.id,
  });
  const toClose = b.orgUnit({ name: "待撤销支部", kind: "JOINT_BRANCH", parentId: general.id });
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const administrator = b.staff({ name: "组织员甲" });
  const secretary = b.staff({ name: "支部书记乙" });
  const teacher = b.staff({ name: "教师丙" });
  const student = b.student({ name: "学生丁" });
  const admin = callerFor(["admin"], administrator.id, "admin");
  const sec = callerFor(["branch_secretary"], secretary.id, "secretary");
  const collegeAdmin = callerFor(["college_admin"], administrator.id, "college-admin");
  const outsiders = [
    callers.student(student.id),
    callers.counselor(teacher.id),
    callerFor(["grid_leader"], teacher.id),
    callerFor(["organiser"], teacher.id),
  ];

  const sql = <Row extends object>(text: string) =>
    (harness.subgraphs.organisation.orm.em.fork() as EntityManager)
      .getConnection()
      .execute<Row[]>(text);
  /** Every pairing table's rows, for "a refusal changes nothing". */
  const snapshot = async () =>
    sql(`select (select string_agg(kind::text || state::text || ends_on::text || end_note, ',' order by id) from organisation.pairing) as pairings,
                (select count(*) from organisation.pairing_unit)::int as sides,
                (select count(*) from organisation.pairing_activity)::int as activities`);

  const base = {
    kind: "SCHOOL_BRANCH" as const,
    unitId: school.id,
    branchId: branch.id,
    startsOn: "2025-09-01",
    endsOn: "2099-07-15",
    plan: "每月一次学业讲座",
  };

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  let schoolPairing = "";
  let teacherPairing = "";
  let officePairing = "";

  it("pairs a school, a teachers' branch and an office with a branch; both sides list the pairing", async () => {
    const made = await subgraphQuery(harness, "organisation", CREATE, { input: base }, sec);
    expect(made.errors).toBeUndefined();
    expect(expectData(made).createPairing).toMatchObject({
      kind: "SCHOOL_BRANCH",
      state: "ACTIVE",
      plan: "每月一次学业讲座",
      unit: { id: school.id },
      branch: { id: branch.id },
      teacher: null,
      student: null,
    });
    schoolPairing = expectData(made).createPairing.id;
    const pair = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      {
        input: {
          ...base,
          kind: "TEACHER_STUDENT",
          unitId: teachers.id,
          plan: "  一对一谈心谈话  ",
          teacherId: teacher.id,
          studentId: student.id,
        },
      },
      collegeAdmin,
    );
    expect(pair.errors).toBeUndefined();
    expect(expectData(pair).createPairing).toMatchObject({
      plan: "一对一谈心谈话",
      teacher: { id: teacher.id },
      student: { id: student.id },
    });
    teacherPairing = expectData(pair).createPairing.id;
    const office = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      { input: { ...base, kind: "OFFICE_BRANCH", unitId: committee.id } },
      admin,
    );
    expect(office.errors).toBeUndefined();
    officePairing = expectData(office).createPairing.id;

    const unit = await subgraphQuery(harness, "organisation", UNIT, { id: branch.id }, sec);
    const page = expectData(unit).orgUnit?.pairings;
    expect(page?.totalCount).toBe(3);
    // Latest recorded first.
    expect(page?.edges.map((e) => e.node.id)).toEqual([
      officePairing,
      teacherPairing,
      schoolPairing,
    ]);
    const schoolSide = await subgraphQuery(harness, "organisation", UNIT, { id: school.id }, sec);
    expect(expectData(schoolSide).orgUnit?.pairings.edges.map((e) => e.node.id)).toEqual([
      schoolPairing,
    ]);
    const byKind = await subgraphQuery(
      harness,
      "organisation",
      LIST,
      { unitId: teachers.id, kind: "TEACHER_STUDENT" },
      admin,
    );
    expect(expectData(byKind).pairings.edges.map((e) => e.node.id)).toEqual([teacherPairing]);
  });

  it("refuses a bad pairing with BAD_USER_INPUT, a second active one with CONFLICT and a caller without the duty with FORBIDDEN, changing nothing", async () => {
    expect(
      (await subgraphQuery(harness, "organisation", CLOSE_UNIT, { id: toClose.id }, admin)).errors,
    ).toBeUndefined();
    const before = await snapshot();
    const attempts: [Record<string, unknown>, string, string?][] = [
      [{ ...base, endsOn: "2025-08-31" }, "BAD_USER_INPUT", "input.endsOn"],
      [{ ...base, unitId: branch.id }, "BAD_USER_INPUT", "input.branchId"],
      [{ ...base, unitId: college.id }, "BAD_USER_INPUT", "input.unitId"],
      [{ ...base, branchId: school.id, unitId: teachers.id }, "BAD_USER_INPUT", "input.unitId"],
      [{ ...base, kind: "OFFICE_BRANCH", unitId: teachers.id }, "BAD_USER_INPUT", "input.unitId"],
      [
        { ...base, kind: "OFFICE_BRANCH", unitId: committee.id, branchId: general.id },
        "BAD_USER_INPUT",
        "input.branchId",
      ],
      [{ ...base, branchId: toClose.id }, "BAD_USER_INPUT", "input.branchId"],
      [
        { ...base, unitId: "00000000-0000-4000-8000-0000000000aa" },
        "BAD_USER_INPUT",
        "input.unitId",
      ],
      [{ ...base, teacherId: teacher.id }, "BAD_USER_INPUT", "input.teacherId"],
      [{ ...base, plan: "   " }, "BAD_USER_INPUT"],
      [{ ...base, startsOn: "2026-02-30" }, "BAD_USER_INPUT"],
      [base, "CONFLICT"],
      // The same two branches the other way round are the same teacher–student pairing.
      [{ ...base, kind: "TEACHER_STUDENT", unitId: branch.id, branchId: teachers.id }, "CONFLICT"],
    ];
    for (const [input, code, field] of attempts) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE,
        { input: input as never },
        admin,
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field, JSON.stringify(input)).toBe(field);
    }
    for (const caller of outsiders) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        CREATE,
        { input: { ...base, branchId: teachers.id } },
        caller,
      );
      expect(errorsOf(res)).toEqual([[["createPairing"], "FORBIDDEN"]]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("logs activities inside the period, counts them per academic term and pages them", async () => {
    const log = (heldOn: string, title: string, participantCount: number) =>
      subgraphQuery(
        harness,
        "organisation",
        LOG,
        { input: { pairingId: schoolPairing, heldOn, title, participantCount, summary: "纪要" } },
        sec,
      );
    const first = await log("2025-10-10", "联合主题党日", 30);
    expect(first.errors).toBeUndefined();
    expect(expectData(first).logPairingActivity).toMatchObject({
      heldOn: "2025-10-10",
      term: "2025-2026-1",
      participantCount: 30,
      recordedBy: { id: secretary.id },
      pairing: { id: schoolPairing },
    });
    for (const [day, title, n] of [
      ["2026-01-08", "期末答疑", 20],
      ["2026-03-15", "专业导学讲座", 45],
    ] as const)
      expect((await log(day, title, n)).errors).toBeUndefined();
    const one = await subgraphQuery(harness, "organisation", ONE, { id: schoolPairing }, sec);
    const pairing = expectData(one).pairing;
    expect(pairing.activitiesByTerm).toEqual([
      { term: "2025-2026-2", activityCount: 1, participantCount: 45 },
      { term: "2025-2026-1", activityCount: 2, participantCount: 50 },
    ]);
    expect(pairing.activities.totalCount).toBe(3);
    expect(pairing.activities.edges.map((e) => e.node.heldOn)).toEqual([
      "2026-03-15",
      "2026-01-08",
    ]);
    expect(pairing.activities.pageInfo.hasNextPage).toBe(true);
    const rest = await subgraphQuery(
      harness,
      "organisation",
      MORE_ACTIVITIES,
      { id: schoolPairing, after: pairing.activities.pageInfo.endCursor },
      sec,
    );
    expect(expectData(rest).pairing.activities.edges.map((e) => e.node.heldOn)).toEqual([
      "2025-10-10",
    ]);
    // The other pairings have none.
    const other = await subgraphQuery(harness, "organisation", ONE, { id: teacherPairing }, sec);
    expect(expectData(other).pairing.activitiesByTerm).toEqual([]);
  });

  it("refuses an activity outside the period, in the future or with no one taking part, and callers without the duty, changing nothing", async () => {
    const before = await snapshot();
    const input = {
      pairingId: schoolPairing,
      heldOn: "2026-04-01",
      title: "活动",
      participantCount: 5,
    };
    const attempts: [Record<string, unknown>, string, string?][] = [
      [{ ...input, heldOn: "2025-08-31" }, "BAD_USER_INPUT", "input.heldOn"],
      [{ ...input, heldOn: "2099-01-01" }, "BAD_USER_INPUT", "input.heldOn"],
      [{ ...input, participantCount: 0 }, "BAD_USER_INPUT"],
      [{ ...input, title: "" }, "BAD_USER_INPUT"],
      [{ ...input, pairingId: "00000000-0000-4000-8000-0000000000aa" }, "NOT_FOUND"],
    ];
    for (const [attempt, code, field] of attempts) {
      const res = await subgraphQuery(
        harness,
        "organisation",
        LOG,
        { input: attempt as never },
        admin,
      );
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(attempt)).toBe(code);
      if (field) expect(res.errors?.[0]?.extensions?.field, JSON.stringify(attempt)).toBe(field);
    }
    for (const caller of outsiders) {
      const logged = await subgraphQuery(harness, "organisation", LOG, { input }, caller);
      expect(errorsOf(logged)).toEqual([[["logPairingActivity"], "FORBIDDEN"]]);
      const ended = await subgraphQuery(
        harness,
        "organisation",
        END,
        { id: schoolPairing },
        caller,
      );
      expect(errorsOf(ended)).toEqual([[["endPairing"], "FORBIDDEN"]]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("ends a pairing once, kept with who and when; no activity is logged after it ended", async () => {
    const asked = Date.now();
    const ended = await subgraphQuery(
      harness,
      "organisation",
      END,
      { id: officePairing, note: "共建期满" },
      sec,
    );
    expect(ended.errors).toBeUndefined();
    const row = expectData(ended).endPairing;
    expect(row).toMatchObject({
      state: "ENDED",
      endNote: "共建期满",
      endedBy: { id: secretary.id },
    });
    expect(Date.parse(row.endedAt ?? "")).toBeGreaterThanOrEqual(asked - 1000);
    const before = await snapshot();
    const again = await subgraphQuery(harness, "organisation", END, { id: officePairing }, admin);
    expect(errorsOf(again)).toEqual([[["endPairing"], "CONFLICT"]]);
    expect(again.errors?.[0]?.extensions).toMatchObject({ from: "ENDED", allowed: [] });
    const late = await subgraphQuery(
      harness,
      "organisation",
      LOG,
      {
        input: {
          pairingId: officePairing,
          heldOn: "2026-04-01",
          title: "活动",
          participantCount: 3,
        },
      },
      admin,
    );
    expect(errorsOf(late)).toEqual([[["logPairingActivity"], "BAD_USER_INPUT"]]);
    expect(late.errors?.[0]?.extensions?.field).toBe("input.pairingId");
    const missing = await subgraphQuery(
      harness,
      "organisation",
      END,
      { id: "00000000-0000-4000-8000-0000000000aa" },
      admin,
    );
    expect(errorsOf(missing)).toEqual([[["endPairing"], "NOT_FOUND"]]);
    expect(await snapshot()).toEqual(before);
    // Once ended, the same two units may be paired again.
    const renewed = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      { input: { ...base, kind: "OFFICE_BRANCH", unitId: committee.id } },
      admin,
    );
    expect(renewed.errors).toBeUndefined();
    const ending = await subgraphQuery(harness, "organisation", LIST, { state: "ENDED" }, admin);
    expect(expectData(ending).pairings.edges.map((e) => e.node.id)).toEqual([officePairing]);
  });

  it("makes exactly one of two equal pairings recorded at once; the other is a CONFLICT", async () => {
    const input = { ...base, kind: "SCHOOL_BRANCH" as const, branchId: teachers.id };
    const both = await Promise.all(
      [admin, sec].map((caller) =>
        subgraphQuery(harness, "organisation", CREATE, { input }, caller),
      ),
    );
    const codes = both.map((res) => res.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const rows = await sql<{ n: number }>(
      `select count(*)::int as n from organisation.pairing where kind = 'SCHOOL_BRANCH' and branch_id = '${teachers.id}'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("lands an activity racing the pairing's end before it or not at all", async () => {
    const made = await subgraphQuery(
      harness,
      "organisation",
      CREATE,
      { input: { ...base, kind: "OFFICE_BRANCH", unitId: general.id, branchId: teachers.id } },
      admin,
    );
    const id = expectData(made).createPairing.id;
    const [logged, ended] = await Promise.all([
      subgraphQuery(
        harness,
        "organisation",
        LOG,
        { input: { pairingId: id, heldOn: "2026-04-01", title: "活动", participantCount: 3 } },
        sec,
      ),
      subgraphQuery(harness, "organisation", END, { id }, admin),
    ]);
    expect(ended.errors).toBeUndefined();
    const rows = await sql<{ logged: boolean | null; ended: boolean }>(
      `select a.created_at <= p.ended_at as logged, p.ended_at is not null as ended
         from organisation.pairing p left join organisation.pairing_activity a on a.pairing_id = p.id
        where p.id = '${id}'`,
    );
    if (logged.errors) {
      expect(errorsOf(logged)).toEqual([[["logPairingActivity"], "BAD_USER_INPUT"]]);
      expect(rows).toEqual([{ logged: null, ended: true }]);
    } else {
      // Logged while the pairing was still running: recorded before it was ended.
      expect(rows).toEqual([{ logged: true, ended: true }]);
    }
  });

  it("answers a branch's pairings with their activities in the same number of statements as they grow", async () => {
    const measure = async () => {
      await subgraphQuery(harness, "organisation", UNIT, { id: branch.id }, admin); // warm-up
      const run = await statementsOf(harness, "organisation", () =>
        subgraphQuery(harness, "organisation", UNIT, { id: branch.id }, admin),
      );
      expect(run.result.errors).toBeUndefined();
      return {
        statements: run.statements,
        pairings: expectData(run.result).orgUnit?.pairings.edges.length ?? 0,
      };
    };
    const small = await measure();
    // 60 more (ended) pairings of the branch, each with 5 activities in 2 terms.
    await sql(`
      with p as (
        insert into organisation.pairing (id, kind, unit_id, branch_id, teacher_id, starts_on, ends_on, plan, state)
        select gen_random_uuid(), 'TEACHER_STUDENT', '${teachers.id}', '${branch.id}', '${teacher.id}',
               '2025-09-01', '2099-07-15', '扩充计划' || i, 'ENDED'
          from generate_series(1, 60) i
        returning id, unit_id, branch_id),
      sides as (
        insert into organisation.pairing_unit (id, pairing_id, unit_id)
        select gen_random_uuid(), id, unit_id from p
        union all select gen_random_uuid(), id, branch_id from p
        returning 1)
      insert into organisation.pairing_activity (id, pairing_id, held_on, term, title, summary, participant_count)
      select gen_random_uuid(), p.id, d, case when d < '2026-03-01' then '2025-2026-1' else '2025-2026-2' end,
             '扩充活动', '', 10
        from p, unnest(array['2025-10-01', '2025-11-01', '2026-01-05', '2026-03-10', '2026-04-10']::date[]) d`);
    const large = await measure();
    expect(large.pairings).toBe(small.pairings + 60);
    expect(large.statements).toBe(small.statements);
    // The unit, its page of sides, their pairings, the activity pages, the counts per term, the units named.
    expect(small.statements).toBeLessThanOrEqual(7);
  });
});
