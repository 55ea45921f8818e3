import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callerFor,
  callers,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { CARE_SCOPE, careScopeOf } from "./support";

describe("evaluation: careScope, the students cases and referrals give a person, for the gateway", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("evaluation-care-scope");
  const S1 = b.student({ name: "学生1" });
  const S2 = b.student({ name: "学生2" });
  const S3 = b.student({ name: "学生3" });
  const S4 = b.student({ name: "学生4" });
  const S5 = b.student({ name: "学生5" });
  const counselor = b.staff({ name: "陈晓燕" });
  // Serves on task forces and takes referrals: both roles.
  const both = b.staff({ name: "黄心宁" });
  const onlyCases = b.staff({ name: "马志远" });
  const nobody = b.staff({ name: "许文静" });
  const member = (student: typeof S1, who: typeof counselor, status: "OPEN" | "CLOSED" = "OPEN") =>
    b.taskForceMember(b.assistanceCase(student, counselor, { status }), who);
  member(S1, both);
  member(S1, both); // a second open case of the same student: still one student
  member(S2, both);
  member(S3, both, "CLOSED"); // closed cases cover no one
  member(S4, onlyCases);
  b.referral(S1, both, counselor);
  b.referral(S4, both, counselor);
  b.referral(S5, both, counselor, { status: "CLOSED" }); // closed referrals neither
  // A PhD student who also serves on task forces: their own case (seeded) never makes them cover themselves.
  const phd = b.student({ name: "博士生" });
  member(phd, phd);
  b.referral(phd, phd, counselor);
  // For the statement count: a person on 3 cases, and one on 30 cases with 30 referrals.
  const few = b.staff({ name: "少" });
  const many = b.staff({ name: "多" });
  const fewStudents = Array.from({ length: 3 }, (_, i) => b.student({ name: `少${i}` }));
  const manyStudents = Array.from({ length: 30 }, (_, i) => b.student({ name: `多${i}` }));
  for (const s of fewStudents) member(s, few);
  for (const s of manyStudents) {
    member(s, many);
    b.referral(s, many, counselor);
  }
  const sorted = (...students: { id: string }[]) => students.map((s) => s.id).sort();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("lists per role the students of OPEN cases the person serves on and of OPEN referrals to them, each once", async () => {
    expect(await careScopeOf(harness, both.id)).toEqual([
      { role: "task_force_member", studentIds: sorted(S1, S2) },
      { role: "psychology_teacher", studentIds: sorted(S1, S4) },
    ]);
    expect(await careScopeOf(harness, onlyCases.id)).toEqual([
      { role: "task_force_member", studentIds: [S4.id] },
    ]);
    expect(await careScopeOf(harness, nobody.id)).toEqual([]);
    expect(await careScopeOf(harness, phd.id)).toEqual([]);
  });

  it("answers in one statement however many students", async () => {
    const statementsFor = async (personId: string) => {
      const { statements, result: coverage } = await statementsOf(harness, "evaluation", () =>
        careScopeOf(harness, personId),
      );
      return { statements, coverage };
    };
    const small = await statementsFor(few.id);
    expect(small.coverage).toEqual([
      { role: "task_force_member", studentIds: sorted(...fewStudents) },
    ]);
    const large = await statementsFor(many.id);
    expect(large.coverage).toEqual([
      { role: "task_force_member", studentIds: sorted(...manyStudents) },
      { role: "psychology_teacher", studentIds: sorted(...manyStudents) },
    ]);
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(1);
  });

  it("refuses every caller but the gateway itself, whatever their roles", async () => {
    for (const caller of [
      callers.admin(),
      callerFor(["psychology_teacher"], both.id),
      callers.student(S1.id),
      callerFor(["service"], null, "service"),
    ]) {
      const res = await subgraphQuery(harness, "evaluation", CARE_SCOPE, { id: both.id }, caller);
      expect(res.data ?? null, caller.name).toBeNull();
      expect(
        res.errors?.map((e) => [e.path, e.extensions?.code]),
        caller.name,
      ).toEqual([[["careScope"], "FORBIDDEN"]]);
    }
  });

  it("refuses a malformed id with BAD_USER_INPUT", async () => {
    const res = await subgraphQuery(harness, "evaluation", CARE_SCOPE, { id: "x" }, undefined, {
      system: true,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "personId",
    });
  });

  it("keeps careScope and CareCoverage out of the public API (@inaccessible)", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toContain("careScope(personId: ID!): [CareCoverage!]! @inaccessible");
    expect(sdl).toMatch(
      /type CareCoverage\s+@inaccessible\s*\{\s*(?:"""[^"]*"""\s*)?role: String!\s*studentIds: \[ID!\]!\s*\}/,
    );
  });
});
