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
import { statementsOf, type EntitiesResponse } from "./support";

graphql(`
  fragment StudentClassStudentNames on PersonConnection {
    totalCount
    edges {
      node {
        name
      }
    }
  }
`);
const CLASS = graphql(`
  query StudentClass($id: ID!) {
    studentClass(id: $id) {
      id
      name
      cohort
      school {
        id
      }
      students(first: 10) {
        ...StudentClassStudentNames
      }
    }
  }
`);
const CLASS_ID = graphql(`
  query StudentClassId($id: ID!) {
    studentClass(id: $id) {
      id
    }
  }
`);
const CLASS_PAGE = graphql(`
  query StudentClassPage($id: ID!, $first: Int, $after: String) {
    studentClass(id: $id) {
      students(first: $first, after: $after) {
        ...StudentClassStudentNames
        pageInfo {
          ...PeoplePageInfo
        }
      }
    }
  }
`);
const PEOPLE_CLASSES = graphql(`
  query PeopleClasses($n: Int!) {
    people(first: $n, filter: { search: "学生" }) {
      edges {
        node {
          studentClass {
            name
            students(first: 2) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe("people: StudentClass (班级)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-classes");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
  const names = ["王子涵", "李浩然", "张欣怡", "刘梓萱", "陈宇轩"];
  const members = names.map((name) => b.student({ name, schoolId: school.id, classId: klass.id }));
  const outsider = b.student({ name: "赵一鸣", schoolId: school.id });
  const adviser = b.staff({ name: "王立新" });
  // Twenty more classes of three students each, for the batching test.
  const classes = Array.from({ length: 20 }, (_, i) => {
    const c = b.studentClass({ name: `管理24${String(i + 2).padStart(2, "0")}班`, cohort: 2024 });
    for (let j = 0; j < 3; j++) b.student({ name: `学生${i}-${j}`, classId: c.id });
    return c;
  });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  it("finds a class by id, with its school as an OrgUnit key and its students by name", async () => {
    const res = await subgraphQuery(harness, "people", CLASS, { id: klass.id });
    expect(res.errors).toBeUndefined();
    expect(expectData(res).studentClass).toEqual({
      id: klass.id,
      name: "电气2401班",
      cohort: 2024,
      school: { id: school.id },
      students: { totalCount: 5, edges: [...names].sort().map((name) => ({ node: { name } })) },
    });
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await subgraphQuery(harness, "people", CLASS_ID, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.errors).toBeUndefined();
    expect(expectData(unknown).studentClass).toBeNull();
    const malformed = await subgraphQuery(harness, "people", CLASS_ID, { id: "x" });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
  });

  it("pages through a class's students with cursors that continue where the last page ended", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GraphQLResponse<ResultOf<typeof CLASS_PAGE>> = await subgraphQuery(
        harness,
        "people",
        CLASS_PAGE,
        { id: klass.id, first: 2, after },
      );
      expect(res.errors).toBeUndefined();
      const students = expectData(res).studentClass?.students;
      expect(students?.totalCount).toBe(5);
      seen.push(...(students?.edges.map((e) => e.node.name) ?? []));
      if (!students?.pageInfo.hasNextPage) break;
      after = students.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual([...names].sort());
  });

  it("rejects page sizes out of range and cursors it did not issue", async () => {
    const big = await subgraphQuery(harness, "people", CLASS_PAGE, {
      id: klass.id,
      first: 101,
    });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const forged = await subgraphQuery(harness, "people", CLASS_PAGE, {
      id: klass.id,
      first: 5,
      after: "bm90LWEtY3Vyc29y",
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
  });

  it("adds studentClass to Person: the class for its members, null for others and staff", async () => {
    const res: EntitiesResponse<{ id: string; studentClass: { id: string; name: string } | null }> =
      await harness.execute(
        "people",
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id studentClass { id name } } } }`,
        { r: [members[0], outsider, adviser].map((p) => ({ __typename: "Person", id: p.id })) },
        callers.student(outsider.id),
      );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: members[0].id, studentClass: { id: klass.id, name: "电气2401班" } },
      { id: outsider.id, studentClass: null },
      { id: adviser.id, studentClass: null },
    ]);
  });

  it("resolves StudentClass references for other subgraphs", async () => {
    const res: EntitiesResponse<{ id: string; cohort: number }> = await harness.execute(
      "people",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on StudentClass { id cohort } } }`,
      {
        r: [
          { __typename: "StudentClass", id: klass.id },
          { __typename: "StudentClass", id: "00000000-0000-4000-8000-000000000000" },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([{ id: klass.id, cohort: 2024 }, null]);
  });

  it("reads the classes and first students of a page of people in the same few statements for 2 classes as for 20", async () => {
    const run = (n: number) =>
      statementsOf(harness, () => subgraphQuery(harness, "people", PEOPLE_CLASSES, { n }));
    await run(6); // warm-up
    const few = await run(6);
    const many = await run(60);
    expect(few.result.errors).toBeUndefined();
    expect(many.result.errors).toBeUndefined();
    const nodes = expectData(many.result).people.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.studentClass?.name)).size).toBe(classes.length);
    for (const node of nodes) {
      expect(node.studentClass?.students.totalCount).toBe(3);
      expect(node.studentClass?.students.edges).toHaveLength(2);
    }
    // people page + count, classes, the students' pages, their counts.
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(5);
  });
});
