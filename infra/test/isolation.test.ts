import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const PROFILE = graphql(`
  query ProfileAcrossSubgraphs($id: ID!) {
    person(id: $id) {
      name
      residence {
        room {
          number
        }
      }
      enrolments {
        status
      }
      warnings {
        level
      }
    }
  }
`);
const STUDENTS_WITH_GRIDS = graphql(`
  query StudentsWithGrids {
    people(first: 3, filter: { kind: STUDENT }) {
      edges {
        node {
          name
          grid {
            name
          }
        }
      }
    }
  }
`);

/** A failing subgraph costs only its own fields; the rest of the answer still arrives. */
describe("when one subgraph is down", () => {
  const slice = campusSlice(3, "isolation");
  const student = slice.students[0];
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, {
      dataset: slice.dataset,
      subgraphTimeoutMs: 2_000,
    });
    await stack.subgraphs.evaluation.stop();
  });
  afterAll(async () => {
    // evaluation is already stopped; stop the rest.
    await stack.gateway.stop();
    await Promise.all(
      ["people", "organisation", "curriculum"].map((name) => stack.subgraphs[name].stop()),
    );
    await stack.database.drop();
  });

  it("the profile still shows identity, residence and courses, with an error naming the missing service", async () => {
    const res = await gatewayQuery(
      stack,
      PROFILE,
      { id: student.id },
      callers.counselor(slice.counselor.id),
    );
    expect(res.data?.person).toEqual({
      name: student.name,
      residence: { room: { number: "101" } },
      enrolments: [{ status: "ENROLLED" }, { status: "ENROLLED" }],
      warnings: null,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      service: "evaluation",
    });
  });

  it("queries that need only the other subgraphs are untouched", async () => {
    const res = await gatewayQuery(stack, STUDENTS_WITH_GRIDS);
    expect(expectData(res).people.edges).toHaveLength(3);
  });
});
