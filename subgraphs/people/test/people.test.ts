import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { EntitiesResponse } from "./support";

const PERSON = graphql(`
  query PersonWithUnits($id: ID!) {
    person(id: $id) {
      id
      name
      kind
      number
      cohort
      school {
        id
      }
      college {
        id
      }
    }
  }
`);
const PERSON_ID = graphql(`
  query PersonId($id: ID!) {
    person(id: $id) {
      id
    }
  }
`);
const PEOPLE = graphql(`
  query People($first: Int, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          name
        }
      }
      pageInfo {
        ...PeoplePageInfo
      }
    }
  }
`);
const SEARCH = graphql(`
  query SearchPeople($s: String) {
    people(filter: { search: $s }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

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
    const res = await subgraphQuery(harness, "people", PERSON, { id: students[0].id });
    expect(res.errors).toBeUndefined();
    expect(expectData(res).person).toEqual({
      id: students[0].id,
      name: "王子涵",
      kind: "STUDENT",
      number: students[0].number,
      cohort: 2023,
      school: { id: school.id },
      college: { id: college.id },
    });
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await subgraphQuery(harness, "people", PERSON_ID, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.data?.person).toBeNull();
    const malformed = await subgraphQuery(harness, "people", PERSON_ID, { id: "x" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through people by name with cursors that continue where the last page ended", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<ResultOf<typeof PEOPLE>> = await subgraphQuery(
        harness,
        "people",
        PEOPLE,
        { first: 2, after, filter: { kind: "STUDENT" } },
      );
      expect(res.errors).toBeUndefined();
      const { people } = expectData(res);
      expect(people.totalCount).toBe(5);
      seen.push(...people.edges.map((e) => e.node.name));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual([...names].sort());
  });

  it("filters by search prefix on name or number, and by cohort", async () => {
    const byName = expectData(
      await subgraphQuery(harness, "people", PEOPLE, { filter: { search: "陈" } }),
    );
    expect(byName.people.edges.map((e) => e.node.name).sort()).toEqual(["陈宇轩", "陈晓燕"]);
    const byNumber = expectData(
      await subgraphQuery(harness, "people", SEARCH, { s: counselor.number }),
    );
    expect(byNumber.people.edges).toEqual([{ node: { id: counselor.id } }]);
    const byCohort = expectData(
      await subgraphQuery(harness, "people", PEOPLE, { filter: { cohort: 2024 } }),
    );
    expect(byCohort.people.totalCount).toBe(2);
  });

  it("rejects page sizes out of range and cursors it did not issue", async () => {
    const big = await subgraphQuery(harness, "people", PEOPLE, { first: 1000 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await subgraphQuery(harness, "people", PEOPLE, { after: "bm90LWEtY3Vyc29y" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("resolves Person references for other subgraphs in one batch", async () => {
    const before = harness.subgraphs.people.statements.count;
    const res: EntitiesResponse<{ id: string; name: string }> = await harness.execute(
      "people",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name } } }`,
      { r: students.map((s) => ({ __typename: "Person", id: s.id })) },
      callers.admin(),
    );
    expect(res.data?._entities.map((p) => p?.name)).toEqual(names);
    expect(harness.subgraphs.people.statements.count - before).toBe(1);
  });

  it("lets a student find staff by name or number, but a student only by number and name together", async () => {
    const asStudent = callers.student(students[0].id);
    const findStaff = (search: string) =>
      harness.execute<{ findStaff: { id: string; name: string }[] }>(
        "people",
        `query ($s: String!) { findStaff(search: $s) { id name } }`,
        { s: search },
        asStudent,
      );
    // Staff only: "陈" matches the counselor and a student; the student is left out.
    expect(expectData(await findStaff("陈")).findStaff).toEqual([
      { id: counselor.id, name: "陈晓燕" },
    ]);
    expect(expectData(await findStaff(counselor.number)).findStaff).toEqual([
      { id: counselor.id, name: "陈晓燕" },
    ]);
    expect(expectData(await findStaff("  ")).findStaff).toEqual([]);
    expect((await findStaff("x".repeat(51))).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "search",
    });

    const findStudent = (number: string, name: string) =>
      harness.execute<{ findStudent: { id: string; name: string } | null }>(
        "people",
        `query ($n: String!, $m: String!) { findStudent(number: $n, name: $m) { id name } }`,
        { n: number, m: name },
        asStudent,
      );
    const mate = students[1];
    expect(expectData(await findStudent(mate.number, "李浩然")).findStudent).toEqual({
      id: mate.id,
      name: "李浩然",
    });
    // A number alone, or with another name, reveals nobody; nor does a staff member's number.
    expect(expectData(await findStudent(mate.number, "王子涵")).findStudent).toBeNull();
    expect(expectData(await findStudent(mate.number, "")).findStudent).toBeNull();
    expect(expectData(await findStudent(counselor.number, "陈晓燕")).findStudent).toBeNull();
  });
});
