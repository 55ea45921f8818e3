import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import { callers, startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import { definition, seed } from "../src";
import { statementsOf, type EntitiesResponse } from "./support";

/** Federation's `_entities`, as the gateway asks for a unit's students to satisfy evaluation's @requires. */
const STUDENT_IDS = `query UnitStudentIds($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on OrgUnit { id studentIds } }
}`;

/**
 * OrgUnit.studentIds: what the evaluation subgraph @requires for a school's or residential
 * college's warning statistics and warning list. People owns who studies where; organisation owns
 * the unit itself, so here it is only a key and the students it lends.
 */
describe("people: the ids of a school's or college's students, lent to other subgraphs", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-unit-students");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const otherSchool = b.orgUnit({ name: "管理学院", kind: "SCHOOL" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
  const both = b.student({ name: "王子涵", schoolId: school.id, collegeId: college.id });
  const schoolOnly = b.student({ name: "李浩然", schoolId: school.id });
  const collegeOnly = b.student({
    name: "张欣怡",
    schoolId: otherSchool.id,
    collegeId: college.id,
  });
  // Staff whose employing unit is the school are not its students.
  b.staff({ name: "陈晓燕", schoolId: school.id });
  const sorted = (...ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  type Unit = { id: string; studentIds: string[] };
  const ask = (representations: object[]): Promise<EntitiesResponse<Unit>> =>
    harness.execute<{ _entities: (Unit | null)[] }>(
      "people",
      STUDENT_IDS,
      { representations },
      callers.admin(),
    );
  const unit = (id: string) => ({ __typename: "OrgUnit", id });

  it("lists a school's students, a college's students, and none for other units, by id", async () => {
    const unknown = randomUUID();
    const res = await ask(
      [school, college, otherSchool, branch].map((u) => unit(u.id)).concat(unit(unknown)),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: school.id, studentIds: sorted(both.id, schoolOnly.id) },
      { id: college.id, studentIds: sorted(both.id, collegeOnly.id) },
      { id: otherSchool.id, studentIds: [collegeOnly.id] },
      { id: branch.id, studentIds: [] },
      { id: unknown, studentIds: [] },
    ]);
  });

  it("answers for all the units of a request in one statement", async () => {
    const units = [school, college, otherSchool, branch].map((u) => unit(u.id));
    await ask(units); // warm-up: connection, metadata
    const { statements, result } = await statementsOf(harness, () => ask(units));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((u) => u?.studentIds.length)).toEqual([2, 2, 1, 0]);
    expect(statements).toBe(1);
    // One unit costs the same.
    const one = await statementsOf(harness, () => ask([unit(college.id)]));
    expect(one.statements).toBe(1);
  });

  it("is kept out of the public API: @inaccessible in the subgraph's schema", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toMatch(
      /type OrgUnit\s+@key\(fields: "id"\)\s*\{[^}]*studentIds: \[ID!\]! @inaccessible\n/,
    );
  });
});
