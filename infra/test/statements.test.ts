import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const LIST = graphql(`
  query StudentsWithEverything($n: Int!) {
    people(first: $n, filter: { kind: STUDENT }) {
      edges {
        node {
          id
          name
          school {
            name
          }
          college {
            name
          }
          residence {
            bed
            room {
              number
              building {
                name
              }
            }
          }
          grid {
            name
            branch {
              name
            }
          }
          branch {
            name
          }
          enrolments {
            status
            session {
              startsAt
              course {
                title
              }
            }
          }
          warnings {
            level
            status
          }
        }
      }
    }
  }
`);

/**
 * No N+1: the SQL each subgraph runs for a page of people must not grow with the page. If a
 * field resolver queried per row, 100 people would cost ~90 more statements than 10.
 */
describe("SQL statements per request", () => {
  const slice = campusSlice(100, "statements");
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: slice.dataset });
  });
  afterAll(() => stack?.stop());

  async function statementsFor(n: number): Promise<Record<string, number>> {
    const before = Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]),
    );
    const res = await gatewayQuery(stack, LIST, { n });
    const edges = expectData(res).people.edges;
    expect(edges).toHaveLength(n);
    // The data is really there for every row, not only the first.
    for (const { node } of edges) {
      expect(node.residence?.room?.building?.name).toBe("彭康1号楼");
      expect(node.grid?.branch?.name).toMatch(/师生联合党支部$/);
      expect(node.enrolments).toHaveLength(2);
    }
    expect(edges.filter((e) => (e.node.warnings?.length ?? 0) > 0)).not.toHaveLength(0);
    return Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count - before[name]]),
    );
  }

  it("is the same for 10 people as for 100, in every subgraph", async () => {
    await statementsFor(10); // warm-up: first-request work is not what this measures
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    console.log("statements per subgraph for 10 people:", ten, "for 100 people:", hundred);
    expect(hundred).toEqual(ten);
    for (const count of Object.values(hundred)) expect(count).toBeLessThanOrEqual(8);
  });
});
