import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callerFor,
  callers,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { asGateway, errorsOf, statementsOf } from "./support";

const STAFF_SCOPE = graphql(`
  query StaffScope($id: ID!) {
    staffScope(personId: $id) {
      role
      studentIds
      gridIds
      buildingIds
      branchIds
      unitIds
    }
  }
`);

interface Coverage {
  role: string;
  studentIds: string[];
  gridIds: string[];
  buildingIds: string[];
  branchIds: string[];
  unitIds: string[];
}

describe("people: staffScope, what a member of staff covers, for the gateway", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-staff-scope");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const otherSchool = b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const building = b.building({ name: "彭康1号楼", campusId: campus.id, collegeId: college.id });
  const grid = b.grid({ name: "彭康1号楼1层网格", buildingId: building.id, branchId: branch.id });
  const otherGrid = b.grid({
    name: "彭康1号楼2层网格",
    buildingId: building.id,
    branchId: branch.id,
  });
  const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
  const otherClass = b.studentClass({ name: "管理2401班", schoolId: otherSchool.id });

  const inClass = ["王子涵", "李浩然"].map((name) =>
    b.student({ name, schoolId: school.id, collegeId: college.id, classId: klass.id }),
  );
  const schoolOnly = b.student({ name: "张欣怡", schoolId: school.id });
  const collegeOnly = b.student({
    name: "刘梓萱",
    schoolId: otherSchool.id,
    collegeId: college.id,
    classId: otherClass.id,
  });
  // A doctoral student who also serves as counselor of their own class: never covers themselves.
  const phd = b.student({ name: "博士生", schoolId: school.id, classId: klass.id });
  // Staff of the school and college: a unit covers its students, not its staff.
  b.staff({ name: "教职工", schoolId: school.id, collegeId: college.id });

  const counselor = b.staff({ name: "陈晓燕" });
  b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
  b.assign(counselor, "COUNSELOR", "GRID", grid.id);
  b.assign(counselor, "COUNSELOR", "GRID", otherGrid.id);
  // Also a grid leader, with a building and a branch: several roles, in the order duties are declared.
  b.assign(counselor, "GRID_LEADER", "GRID", grid.id);
  const adviser = b.staff({ name: "王立新" });
  b.assign(adviser, "CLASS_ADVISER", "CLASS", otherClass.id);
  const buildingLeader = b.staff({ name: "孙伟" });
  b.assign(buildingLeader, "BUILDING_LEADER", "BUILDING", building.id);
  const secretary = b.staff({ name: "周静" });
  b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
  const collegeAdmin = b.staff({ name: "吴海涛" });
  b.assign(collegeAdmin, "COLLEGE_ADMIN", "UNIT", college.id);
  const schoolAdmin = b.staff({ name: "郑丽" });
  b.assign(schoolAdmin, "SCHOOL_ADMIN", "UNIT", school.id);
  b.assign(phd, "COUNSELOR", "CLASS", klass.id);
  // Ended, and not yet begun: neither covers anyone today.
  const former = b.staff({ name: "许文静" });
  b.assign(former, "COUNSELOR", "CLASS", klass.id, {
    startsOn: "2022-09-01",
    endsOn: "2024-07-15",
  });
  b.assign(former, "SCHOOL_ADMIN", "UNIT", school.id, { startsOn: "2099-09-01" });
  // An assignment over a class with no students yet: the role is held all the same.
  const emptyClass = b.studentClass({ name: "电气2501班", schoolId: school.id, cohort: 2025 });
  const newAdviser = b.staff({ name: "马志远" });
  b.assign(newAdviser, "CLASS_ADVISER", "CLASS", emptyClass.id);
  const nobody = b.staff({ name: "何文博" });

  // For the statement count: one school of 3 students, one of 80.
  const smallSchool = b.orgUnit({ name: "小学院", kind: "SCHOOL" });
  const bigSchool = b.orgUnit({ name: "大学院", kind: "SCHOOL" });
  const small = Array.from({ length: 3 }, (_, i) =>
    b.student({ name: `小${i}`, schoolId: smallSchool.id }),
  );
  const big = Array.from({ length: 80 }, (_, i) =>
    b.student({ name: `大${i}`, schoolId: bigSchool.id }),
  );
  const smallAdmin = b.staff({ name: "小管理员" });
  b.assign(smallAdmin, "SCHOOL_ADMIN", "UNIT", smallSchool.id);
  const bigAdmin = b.staff({ name: "大管理员" });
  b.assign(bigAdmin, "SCHOOL_ADMIN", "UNIT", bigSchool.id);

  const ids = (...people: { id: string }[]) => people.map((p) => p.id).sort();
  const coverage = (role: string, fields: Partial<Omit<Coverage, "role">> = {}): Coverage => ({
    role,
    studentIds: [],
    gridIds: [],
    buildingIds: [],
    branchIds: [],
    unitIds: [],
    ...fields,
  });
  const scopeOf = async (personId: string) =>
    (await asGateway(harness, STAFF_SCOPE, { id: personId })).staffScope satisfies Coverage[];

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("resolves classes to their students here, and passes grids, buildings and branches on, per role", async () => {
    expect(await scopeOf(counselor.id)).toEqual([
      coverage("counselor", { studentIds: ids(...inClass, phd), gridIds: ids(grid, otherGrid) }),
      coverage("grid_leader", { gridIds: [grid.id] }),
    ]);
    expect(await scopeOf(adviser.id)).toEqual([
      coverage("class_adviser", { studentIds: [collegeOnly.id] }),
    ]);
    expect(await scopeOf(buildingLeader.id)).toEqual([
      coverage("building_leader", { buildingIds: [building.id] }),
    ]);
    expect(await scopeOf(secretary.id)).toEqual([
      coverage("branch_secretary", { branchIds: [branch.id] }),
    ]);
  });

  it("resolves a school or college to its students, not its staff", async () => {
    expect(await scopeOf(collegeAdmin.id)).toEqual([
      coverage("college_admin", {
        studentIds: ids(...inClass, collegeOnly),
        unitIds: [college.id],
      }),
    ]);
    expect(await scopeOf(schoolAdmin.id)).toEqual([
      coverage("school_admin", {
        studentIds: ids(...inClass, schoolOnly, phd),
        unitIds: [school.id],
      }),
    ]);
  });

  it("never lets a person cover themselves, and keeps a role whose targets have no students", async () => {
    expect(await scopeOf(phd.id)).toEqual([coverage("counselor", { studentIds: ids(...inClass) })]);
    expect(await scopeOf(newAdviser.id)).toEqual([coverage("class_adviser")]);
  });

  it("counts only assignments running today", async () => {
    expect(await scopeOf(former.id)).toEqual([]);
    expect(await scopeOf(nobody.id)).toEqual([]);
    expect(await scopeOf("00000000-0000-4000-8000-000000000000")).toEqual([]);
  });

  it("answers in one statement however many students", async () => {
    const few = await statementsOf(harness, () => scopeOf(smallAdmin.id));
    const many = await statementsOf(harness, () => scopeOf(bigAdmin.id));
    expect(few.result).toEqual([
      coverage("school_admin", { studentIds: ids(...small), unitIds: [smallSchool.id] }),
    ]);
    expect(many.result).toEqual([
      coverage("school_admin", { studentIds: ids(...big), unitIds: [bigSchool.id] }),
    ]);
    expect(few.statements).toBe(1);
    expect(many.statements).toBe(1);
  });

  it("refuses every caller but the gateway itself, whatever their roles", async () => {
    for (const caller of [
      callers.admin(),
      callers.counselor(counselor.id),
      callers.student(phd.id),
      callerFor(["service"], null, "service"),
      callerFor(["auditor"]),
    ]) {
      const res = await subgraphQuery(harness, "people", STAFF_SCOPE, { id: counselor.id }, caller);
      expect(res.data ?? null, caller.name).toBeNull();
      expect(errorsOf(res), caller.name).toEqual([[["staffScope"], "FORBIDDEN"]]);
    }
  });

  it("refuses a malformed id with BAD_USER_INPUT", async () => {
    const res = await subgraphQuery(harness, "people", STAFF_SCOPE, { id: "x" }, undefined, {
      system: true,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "personId",
    });
  });

  it("keeps staffScope and StaffCoverage out of the public API (@inaccessible)", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toContain("staffScope(personId: ID!): [StaffCoverage!]! @inaccessible");
    expect(sdl).toMatch(/type StaffCoverage\s+@inaccessible\s*\{/);
  });
});
