import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { covering, errorsOf, reads, sensitiveReads, type EntitiesResponse } from "./support";

const PERSON = graphql(`
  query SensitivePerson($id: ID!) {
    person(id: $id) {
      id
      name
      phone
      familyAnnualIncome
    }
  }
`);
const STUDENTS = graphql(`
  query SensitiveStudents {
    people(filter: { kind: STUDENT }) {
      edges {
        node {
          id
          phone
          familyAnnualIncome
        }
      }
    }
  }
`);
const PHONES = graphql(`
  query PhonesTwice($a: ID!, $c: ID!) {
    x: person(id: $a) {
      phone
    }
    y: person(id: $a) {
      phone
    }
    z: person(id: $c) {
      phone
      familyAnnualIncome
    }
  }
`);

describe("people: sensitive Person fields (phone, familyAnnualIncome)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-access");
  const A = b.student({ name: "王子涵", phone: "13800000001", familyAnnualIncome: 36000 });
  const B = b.student({ name: "李浩然", phone: "13800000002", familyAnnualIncome: 52000 });
  // Declared nothing: nothing to disclose, so nothing to audit.
  const C = b.student({ name: "张欣怡", phone: null, familyAnnualIncome: null });
  const counselor = b.staff({ name: "陈晓燕", phone: "13700000001" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const person = (id: string, as = callers.admin(), options: ExecuteOptions = {}) =>
    subgraphQuery(harness, "people", PERSON, { id }, as, options);

  it("serves a student their own phone and income, and reports both reads", async () => {
    const res = await person(A.id, callers.student(A.id));
    expect(res.errors).toBeUndefined();
    expect(expectData(res).person).toEqual({
      id: A.id,
      name: "王子涵",
      phone: "13800000001",
      familyAnnualIncome: 36000,
    });
    expect(sensitiveReads(res)).toEqual(
      reads([A.id, "Person.phone", "CONTACT"], [A.id, "Person.familyAnnualIncome", "FINANCIAL"]),
    );
  });

  it("answers null with FORBIDDEN on each sensitive path of someone else's record, and the rest of the record still", async () => {
    const res = await person(B.id, callers.student(A.id));
    expect(res.data?.person).toEqual({
      id: B.id,
      name: "李浩然",
      phone: null,
      familyAnnualIncome: null,
    });
    expect(errorsOf(res)).toEqual([
      [["person", "familyAnnualIncome"], "FORBIDDEN"],
      [["person", "phone"], "FORBIDDEN"],
    ]);
    expect(res.errors?.find((e) => e.path?.[1] === "phone")?.extensions).toMatchObject({
      field: "Person.phone",
      purposes: ["CONTACT"],
    });
    expect(sensitiveReads(res)).toEqual([]);
  });

  it("serves a counselor the students their scope covers, in a list, and no one else", async () => {
    const res = await subgraphQuery(
      harness,
      "people",
      STUDENTS,
      undefined,
      callers.counselor(counselor.id),
      covering("counselor", [A.id, B.id]),
    );
    const nodes = res.data?.people.edges.map((e) => e.node);
    // By name: 李浩然, 王子涵. 张欣怡, whom the scope does not cover, is not on the list at all (SECURITY.md, "Lists").
    expect(nodes).toEqual([
      { id: B.id, phone: "13800000002", familyAnnualIncome: 52000 },
      { id: A.id, phone: "13800000001", familyAnnualIncome: 36000 },
    ]);
    expect(errorsOf(res)).toEqual([]);
    expect(sensitiveReads(res)).toEqual(
      reads(
        [A.id, "Person.phone", "CONTACT"],
        [A.id, "Person.familyAnnualIncome", "FINANCIAL"],
        [B.id, "Person.phone", "CONTACT"],
        [B.id, "Person.familyAnnualIncome", "FINANCIAL"],
      ),
    );
  });

  it("gives each role only its purposes: a grid leader the phone, not the income", async () => {
    const res = await person(
      A.id,
      callerFor(["grid_leader"], counselor.id),
      covering("grid_leader", [A.id]),
    );
    expect(res.data?.person).toMatchObject({ phone: "13800000001", familyAnnualIncome: null });
    expect(errorsOf(res)).toEqual([[["person", "familyAnnualIncome"], "FORBIDDEN"]]);
    expect(sensitiveReads(res)).toEqual(reads([A.id, "Person.phone", "CONTACT"]));
  });

  it("applies on the _entities path other subgraphs use, per entity", async () => {
    const res: EntitiesResponse<{ id: string; name: string; phone: string | null }> =
      await harness.execute(
        "people",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name phone } } }`,
        { r: [A, B].map((p) => ({ __typename: "Person", id: p.id })) },
        callers.counselor(counselor.id),
        covering("counselor", [A.id]),
      );
    expect(res.data?._entities).toEqual([
      { id: A.id, name: "王子涵", phone: "13800000001" },
      { id: B.id, name: "李浩然", phone: null },
    ]);
    expect(errorsOf(res)).toEqual([[["_entities", 1, "phone"], "FORBIDDEN"]]);
    expect(sensitiveReads(res)).toEqual(reads([A.id, "Person.phone", "CONTACT"]));
  });

  it("reports a value read twice in one request once, and an empty value not at all", async () => {
    const res = await subgraphQuery(
      harness,
      "people",
      PHONES,
      { a: A.id, c: C.id },
      callers.counselor(counselor.id),
      covering("counselor", [A.id, C.id]),
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res)).toEqual({
      x: { phone: "13800000001" },
      y: { phone: "13800000001" },
      z: { phone: null, familyAnnualIncome: null },
    });
    expect(sensitiveReads(res)).toEqual(reads([A.id, "Person.phone", "CONTACT"]));
  });

  it("serves administrators everyone, auditors no one, and a service client only its registered purposes", async () => {
    const admin = await person(B.id);
    expect(admin.errors).toBeUndefined();
    expect(expectData(admin).person).toMatchObject({
      phone: "13800000002",
      familyAnnualIncome: 52000,
    });

    const auditor = await person(B.id, callerFor(["auditor"], null, "auditor"));
    expect(auditor.data?.person).toMatchObject({
      name: "李浩然",
      phone: null,
      familyAnnualIncome: null,
    });
    expect(errorsOf(auditor).map(([, code]) => code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);

    const service = await person(B.id, callerFor(["service"], null, "宿管系统"), {
      scope: { students: { service: "all" }, clientPurposes: ["CONTACT"] },
    });
    expect(service.data?.person).toMatchObject({ phone: "13800000002", familyAnnualIncome: null });
    expect(errorsOf(service)).toEqual([[["person", "familyAnnualIncome"], "FORBIDDEN"]]);
    expect(sensitiveReads(service)).toEqual(reads([B.id, "Person.phone", "CONTACT"]));
  });

  it("protects staff records alike: a member of staff reads their own phone, a student cannot", async () => {
    const own = await person(counselor.id, callers.counselor(counselor.id));
    expect(expectData(own).person?.phone).toBe("13700000001");
    const student = await person(counselor.id, callers.student(A.id));
    expect(student.data?.person?.phone).toBeNull();
    expect(errorsOf(student)).toContainEqual([["person", "phone"], "FORBIDDEN"]);
  });

  it("declares both fields @sensitive with their level and purposes, and nullable", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toContain(`phone: String @sensitive(level: "PERSONAL", purposes: ["CONTACT"])`);
    expect(sdl).toContain(
      `familyAnnualIncome: Int @sensitive(level: "SENSITIVE", purposes: ["FINANCIAL"])`,
    );
  });
});
