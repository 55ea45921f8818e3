import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const ROSTER = graphql(`
  query SessionRoster($id: ID!) {
    courseSession(id: $id) {
      enrolledCount
      enrolments {
        totalCount
      }
    }
  }
`);

describe("curriculum: who sees enrolments", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("curriculum-access");
  const [me, classmate] = [b.student({ name: "王子涵" }), b.student({ name: "李浩然" })];
  const instructor = b.staff({ name: "刘建国" });
  const course = b.course({ code: "FF01", title: "新生养成教育·校史校情" });
  const session = b.session(course, { instructorId: instructor.id });
  const mine = b.enrolment(me, session);
  const theirs = b.enrolment(classmate, session);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  // Federation's _entities is not in schema.graphql: no typed document, the shape written here.
  const enrolmentsOf = (
    ids: string[],
    as = callers.admin(),
  ): Promise<
    GraphQLResponse<{ _entities: { id: string; enrolments: { id: string }[] | null }[] }>
  > =>
    harness.execute(
      "curriculum",
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrolments { id } } } }`,
      { r: ids.map((id) => ({ __typename: "Person", id })) },
      as,
    );

  it("shows a student their own enrolments and refuses a classmate's, on that path only", async () => {
    const res = await enrolmentsOf([me.id, classmate.id], callers.student(me.id));
    expect(res.data?._entities[0]).toEqual({ id: me.id, enrolments: [{ id: mine.id }] });
    expect(res.data?._entities[1]).toEqual({ id: classmate.id, enrolments: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.path).toEqual(["_entities", 1, "enrolments"]);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("shows staff anyone's enrolments", async () => {
    const res = await enrolmentsOf([classmate.id], callerFor(["grid_leader"], instructor.id));
    expect(res.errors).toBeUndefined();
    expect(expectData(res)._entities[0]?.enrolments).toEqual([{ id: theirs.id }]);
  });

  it("keeps a session's roster to staff, while its seat count stays public", async () => {
    const student = await subgraphQuery(
      harness,
      "curriculum",
      ROSTER,
      { id: session.id },
      callers.student(me.id),
    );
    expect(student.data?.courseSession).toEqual({ enrolledCount: 2, enrolments: null });
    expect(student.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const staff = await subgraphQuery(
      harness,
      "curriculum",
      ROSTER,
      { id: session.id },
      callerFor(["counselor"], instructor.id),
    );
    expect(staff.errors).toBeUndefined();
    expect(expectData(staff).courseSession).toEqual({
      enrolledCount: 2,
      enrolments: { totalCount: 2 },
    });
  });
});
