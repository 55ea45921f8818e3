import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callers, startTestSubgraphs, type SubgraphHarness } from "@campus/testkit";
import { definition, seed } from "../src";

describe("people subgraph", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-test");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
  const names = ["王子涵", "李浩然", "张欣怡", "刘梓萱", "陈宇轩"];
  const students = names.map((name, i) =>
    b.student({ name, cohort: 2023 + (i % 2), schoolId: school.id, collegeId: college.id }),
  );
  const counselor = b.staff({ name: "陈晓燕" });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("finds a person by id, with school and college as OrgUnit keys", async () => {
    const res = await harness.execute(
      "people",
      `query($id: ID!) { person(id: $id) { id name kind number cohort school { id } college { id } } }`,
      { id: students[0]!.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.person).toEqual({
      id: students[0]!.id,
      name: "王子涵",
      kind: "STUDENT",
      number: students[0]!.number,
      cohort: 2023,
      school: { id: school.id },
      college: { id: college.id },
    });
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await harness.execute(
      "people",
      `{ person(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(unknown.data.person).toBeNull();
    const malformed = await harness.execute("people", `{ person(id: "x") { id } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through people by name with cursors that continue where the last page ended", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await harness.execute(
        "people",
        `query($after: String) { people(first: 2, after: $after, filter: { kind: STUDENT }) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.people.totalCount).toBe(5);
      seen.push(...res.data.people.edges.map((e: any) => e.node.name));
      if (!res.data.people.pageInfo.hasNextPage) break;
      after = res.data.people.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].sort());
  });

  it("filters by search prefix on name or number, and by cohort", async () => {
    const byName = await harness.execute(
      "people",
      `{ people(filter: { search: "陈" }) { edges { node { name } } } }`,
    );
    expect(byName.data.people.edges.map((e: any) => e.node.name).sort()).toEqual([
      "陈宇轩",
      "陈晓燕",
    ]);
    const byNumber = await harness.execute(
      "people",
      `query($s: String) { people(filter: { search: $s }) { edges { node { id } } } }`,
      { s: counselor.number },
    );
    expect(byNumber.data.people.edges).toEqual([{ node: { id: counselor.id } }]);
    const byCohort = await harness.execute(
      "people",
      `{ people(filter: { cohort: 2024 }) { totalCount } }`,
    );
    expect(byCohort.data.people.totalCount).toBe(2);
  });

  it("rejects page sizes out of range and cursors it did not issue", async () => {
    const big = await harness.execute("people", `{ people(first: 1000) { totalCount } }`);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await harness.execute(
      "people",
      `{ people(after: "bm90LWEtY3Vyc29y") { totalCount } }`,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("resolves Person references for other subgraphs in one batch", async () => {
    const before = harness.subgraphs.people!.statements.count;
    const res = await harness.execute(
      "people",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name } } }`,
      { r: students.map((s) => ({ __typename: "Person", id: s.id })) },
      callers.admin(),
    );
    expect(res.data._entities.map((p: any) => p.name)).toEqual(names);
    expect(harness.subgraphs.people!.statements.count - before).toBe(1);
  });
});
