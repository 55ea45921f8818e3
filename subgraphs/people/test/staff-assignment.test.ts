import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { today } from "@campus/subgraph";
import { graphql } from "./generated";
import type { AssignStaffInput, StaffAssignmentFilter } from "./generated/graphql";
import { errorsOf } from "./support";

const ASSIGN = graphql(`
  mutation AssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      id
      role
      targetKind
      targetId
      startsOn
      endsOn
      person {
        id
      }
      createdBy {
        id
      }
    }
  }
`);
const END = graphql(`
  mutation EndStaffAssignment($id: ID!, $endsOn: LocalDate!) {
    endStaffAssignment(id: $id, endsOn: $endsOn) {
      id
      startsOn
      endsOn
    }
  }
`);
const LIST = graphql(`
  query StaffAssignments($filter: StaffAssignmentFilter, $first: Int, $after: String) {
    staffAssignments(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        ...PeoplePageInfo
      }
    }
  }
`);
const PERSON_ASSIGNMENTS = graphql(`
  query PersonStaffAssignments($id: ID!) {
    person(id: $id) {
      name
      staffAssignments {
        id
        role
        targetKind
        startsOn
        endsOn
      }
    }
  }
`);
const ENDER_SCOPE = graphql(`
  query EnderStaffScope($id: ID!) {
    staffScope(personId: $id) {
      role
      gridIds
      branchIds
    }
  }
`);

const ROLES = [
  "COUNSELOR",
  "CLASS_ADVISER",
  "GRID_LEADER",
  "BUILDING_LEADER",
  "BRANCH_SECRETARY",
  "COLLEGE_ADMIN",
  "SCHOOL_ADMIN",
] as const;
const KINDS = ["CLASS", "GRID", "BUILDING", "BRANCH", "UNIT"] as const;
/** The duties and what each may cover, written out here independently of the code. */
const VALID: Record<(typeof ROLES)[number], (typeof KINDS)[number][]> = {
  COUNSELOR: ["CLASS", "GRID"],
  CLASS_ADVISER: ["CLASS"],
  GRID_LEADER: ["GRID"],
  BUILDING_LEADER: ["BUILDING"],
  BRANCH_SECRETARY: ["BRANCH"],
  COLLEGE_ADMIN: ["UNIT"],
  SCHOOL_ADMIN: ["UNIT"],
};

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

describe("people: staff assignments", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-assignments");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
  const otherClass = b.studentClass({ name: "电气2402班", schoolId: school.id });
  const student = b.student({
    name: "王子涵",
    schoolId: school.id,
    collegeId: college.id,
    classId: klass.id,
  });
  const adminPerson = b.staff({ name: "刘建国" });
  const counselor = b.staff({ name: "陈晓燕" });
  const target = b.staff({ name: "临时" }); // receives the assignments the mutations make
  const ender = b.staff({ name: "期满" });
  const gridId = b.orgUnit({ name: "网格（占位）", kind: "JOINT_BRANCH" }).id; // any id: grids belong to organisation
  const a1 = b.assign(counselor, "COUNSELOR", "CLASS", klass.id, { startsOn: "2024-09-01" });
  const a2 = b.assign(counselor, "COUNSELOR", "GRID", gridId, { startsOn: "2025-02-01" });
  const a3 = b.assign(counselor, "CLASS_ADVISER", "CLASS", otherClass.id, {
    startsOn: "2023-09-01",
    endsOn: "2024-07-15",
  });
  const admin = callerFor(["admin"], adminPerson.id, "刘建国");

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const assign = (input: Partial<AssignStaffInput>, as = admin) =>
    subgraphQuery(
      harness,
      "people",
      ASSIGN,
      {
        input: {
          personId: target.id,
          role: "GRID_LEADER",
          targetKind: "GRID",
          targetId: gridId,
          startsOn: "2025-09-01",
          ...input,
        },
      },
      as,
    );
  const countFor = async (personId: string) => {
    const res = await subgraphQuery(
      harness,
      "people",
      LIST,
      { filter: { personId }, first: 100 },
      admin,
    );
    expect(res.errors).toBeUndefined();
    return expectData(res).staffAssignments.totalCount;
  };

  it("lets an administrator assign a member of staff, recording who did it", async () => {
    const res = await assign({
      role: "BUILDING_LEADER",
      targetKind: "BUILDING",
      targetId: "0b0b0b0b-0000-4000-8000-000000000001",
      startsOn: "2025-09-01",
    });
    expect(res.errors).toBeUndefined();
    expect(expectData(res).assignStaff).toMatchObject({
      role: "BUILDING_LEADER",
      targetKind: "BUILDING",
      targetId: "0b0b0b0b-0000-4000-8000-000000000001",
      startsOn: "2025-09-01",
      endsOn: null,
      person: { id: target.id },
      createdBy: { id: adminPerson.id },
    });
  });

  it("refuses everyone but administrators with FORBIDDEN, writing nothing", async () => {
    const before = await countFor(target.id);
    for (const caller of [
      callers.counselor(counselor.id),
      callerFor(["college_admin"], counselor.id),
      callerFor(["school_admin"]),
      callers.student(student.id),
      callerFor(["auditor"]),
      callerFor(["service"], null, "service"),
    ]) {
      const res = await assign(
        {
          role: "GRID_LEADER",
          targetKind: "GRID",
          targetId: "0b0b0b0b-0000-4000-8000-000000000002",
        },
        caller,
      );
      expect(res.data?.assignStaff ?? null, caller.name).toBeNull();
      expect(errorsOf(res), caller.name).toEqual([[["assignStaff"], "FORBIDDEN"]]);
      const end = await subgraphQuery(
        harness,
        "people",
        END,
        { id: a1.id, endsOn: "2030-01-01" },
        caller,
      );
      expect(errorsOf(end), caller.name).toEqual([[["endStaffAssignment"], "FORBIDDEN"]]);
    }
    expect(await countFor(target.id)).toBe(before);
    const list = await subgraphQuery(harness, "people", LIST, {}, callers.counselor(counselor.id));
    expect(errorsOf(list)).toEqual([[["staffAssignments"], "FORBIDDEN"]]);
  });

  it("accepts exactly the valid duty and target pairs, and refuses the rest with BAD_USER_INPUT", async () => {
    const unexpected: string[] = [];
    let n = 0;
    for (const role of ROLES) {
      for (const targetKind of KINDS) {
        // A class must exist; other targets are taken by key. A fresh target each time: no duplicates.
        const targetId =
          targetKind === "CLASS"
            ? role === "COUNSELOR"
              ? otherClass.id
              : klass.id
            : `0c0c0c0c-0000-4000-8000-${String(++n).padStart(12, "0")}`;
        const res = await assign({ role, targetKind, targetId });
        const valid = VALID[role].includes(targetKind);
        if (valid && res.errors)
          unexpected.push(`${role} over ${targetKind} refused: ${res.errors[0].message}`);
        if (
          !valid &&
          !(
            res.errors?.[0]?.extensions?.code === "BAD_USER_INPUT" &&
            res.errors[0].extensions.field === "input.targetKind"
          )
        ) {
          unexpected.push(`${role} over ${targetKind} accepted`);
        }
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("refuses an unknown or non-staff person, an unknown class and malformed ids", async () => {
    const cases: [Partial<AssignStaffInput>, string][] = [
      [{ personId: "00000000-0000-4000-8000-000000000000" }, "input.personId"],
      [{ personId: student.id }, "input.personId"],
      [{ personId: "x" }, "input.personId"],
      [
        {
          role: "CLASS_ADVISER",
          targetKind: "CLASS",
          targetId: "00000000-0000-4000-8000-000000000000",
        },
        "input.targetId",
      ],
      [{ targetId: "not-an-id" }, "input.targetId"],
    ];
    for (const [input, field] of cases) {
      const res = await assign(input);
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    const badDate = await assign({ startsOn: "2025-02-30" });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses the same duty over the same target twice at once with CONFLICT, and allows it after the first ended", async () => {
    const input: Partial<AssignStaffInput> = {
      role: "GRID_LEADER",
      targetKind: "GRID",
      targetId: "0d0d0d0d-0000-4000-8000-000000000001",
      startsOn: "2025-09-01",
    };
    const first = await assign(input);
    expect(first.errors).toBeUndefined();
    const again = await assign({ ...input, startsOn: "2026-01-01" });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const end = await subgraphQuery(
      harness,
      "people",
      END,
      { id: expectData(first).assignStaff.id, endsOn: "2025-12-31" },
      admin,
    );
    expect(end.errors).toBeUndefined();
    const later = await assign({ ...input, startsOn: "2026-01-01" });
    expect(later.errors).toBeUndefined();
  });

  it("ends an assignment on a day not before its start, once; the record stays", async () => {
    const made = await assign({
      role: "COUNSELOR",
      targetKind: "GRID",
      targetId: "0e0e0e0e-0000-4000-8000-000000000001",
      startsOn: "2025-09-01",
    });
    const id = expectData(made).assignStaff.id;
    const early = await subgraphQuery(harness, "people", END, { id, endsOn: "2025-08-31" }, admin);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "endsOn",
    });
    const sameDay = await subgraphQuery(
      harness,
      "people",
      END,
      { id, endsOn: "2025-09-01" },
      admin,
    );
    expect(sameDay.errors).toBeUndefined();
    expect(expectData(sameDay).endStaffAssignment).toEqual({
      id,
      startsOn: "2025-09-01",
      endsOn: "2025-09-01",
    });
    const twice = await subgraphQuery(harness, "people", END, { id, endsOn: "2025-12-31" }, admin);
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const unknown = await subgraphQuery(
      harness,
      "people",
      END,
      { id: "00000000-0000-4000-8000-000000000000", endsOn: "2025-12-31" },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lists assignments by start date for administrators, filtered by person, target and day", async () => {
    const ids = async (filter: StaffAssignmentFilter) => {
      const res = await subgraphQuery(harness, "people", LIST, { filter, first: 100 }, admin);
      expect(res.errors).toBeUndefined();
      const { staffAssignments } = expectData(res);
      expect(staffAssignments.totalCount).toBe(staffAssignments.edges.length);
      return staffAssignments.edges.map((e) => e.node.id);
    };
    expect(await ids({ personId: counselor.id })).toEqual([a3.id, a1.id, a2.id]);
    expect(await ids({ personId: counselor.id, activeOn: "2024-07-15" })).toEqual([a3.id]); // the last day still counts
    expect(await ids({ personId: counselor.id, activeOn: "2024-07-16" })).toEqual([]);
    expect(await ids({ personId: counselor.id, activeOn: "2025-03-01" })).toEqual([a1.id, a2.id]);
    expect(await ids({ targetId: klass.id, personId: counselor.id })).toEqual([a1.id]);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GraphQLResponse<ResultOf<typeof LIST>> = await subgraphQuery(
        harness,
        "people",
        LIST,
        { filter: { personId: counselor.id }, first: 2, after },
        admin,
      );
      const { staffAssignments } = expectData(res);
      seen.push(...staffAssignments.edges.map((e) => e.node.id));
      if (!staffAssignments.pageInfo.hasNextPage) break;
      after = staffAssignments.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual([a3.id, a1.id, a2.id]);
  });

  it("shows a person's assignments, latest first, to themselves and administrators only", async () => {
    const own = await subgraphQuery(
      harness,
      "people",
      PERSON_ASSIGNMENTS,
      { id: counselor.id },
      callers.counselor(counselor.id),
    );
    expect(own.errors).toBeUndefined();
    const ownAssignments = expectData(own).person?.staffAssignments;
    expect(ownAssignments?.map((a) => a.id)).toEqual([a2.id, a1.id, a3.id]);
    expect(ownAssignments?.[2]).toEqual({
      id: a3.id,
      role: "CLASS_ADVISER",
      targetKind: "CLASS",
      startsOn: "2023-09-01",
      endsOn: "2024-07-15",
    });
    const byAdmin = await subgraphQuery(
      harness,
      "people",
      PERSON_ASSIGNMENTS,
      { id: counselor.id },
      admin,
    );
    expect(expectData(byAdmin).person?.staffAssignments).toHaveLength(3);
    for (const caller of [
      callers.student(student.id),
      callerFor(["college_admin"], adminPerson.id),
      callerFor(["auditor"]),
    ]) {
      const res = await subgraphQuery(
        harness,
        "people",
        PERSON_ASSIGNMENTS,
        { id: counselor.id },
        caller,
      );
      expect(res.data?.person, caller.name).toEqual({ name: "陈晓燕", staffAssignments: null });
      expect(errorsOf(res), caller.name).toEqual([[["person", "staffAssignments"], "FORBIDDEN"]]);
    }
  });

  it("covers from an assignment's first day through its last, and not after", async () => {
    const scopeOf = async () => {
      const res = await subgraphQuery(harness, "people", ENDER_SCOPE, { id: ender.id }, undefined, {
        system: true,
      });
      expect(res.errors).toBeUndefined();
      return expectData(res).staffScope;
    };
    const assignEnder = async (input: Partial<AssignStaffInput>, endsOn?: string) => {
      const res = await assign({ personId: ender.id, ...input });
      expect(res.errors).toBeUndefined();
      if (endsOn)
        expect(
          (
            await subgraphQuery(
              harness,
              "people",
              END,
              { id: expectData(res).assignStaff.id, endsOn },
              admin,
            )
          ).errors,
        ).toBeUndefined();
    };
    const [endsToday, endedYesterday, later] = [
      "0f0f0f0f-0000-4000-8000-000000000001",
      "0f0f0f0f-0000-4000-8000-000000000002",
      "0f0f0f0f-0000-4000-8000-000000000003",
    ];
    await assignEnder(
      {
        role: "BRANCH_SECRETARY",
        targetKind: "BRANCH",
        targetId: endsToday,
        startsOn: "2024-09-01",
      },
      today(),
    );
    await assignEnder(
      {
        role: "BRANCH_SECRETARY",
        targetKind: "BRANCH",
        targetId: endedYesterday,
        startsOn: "2024-09-01",
      },
      dayBefore(today()),
    );
    await assignEnder({
      role: "GRID_LEADER",
      targetKind: "GRID",
      targetId: later,
      startsOn: "2099-09-01",
    });
    expect(await scopeOf()).toEqual([
      { role: "branch_secretary", gridIds: [], branchIds: [endsToday] },
    ]);
  });
});
