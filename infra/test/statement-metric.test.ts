import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { campusSlice } from "./fixtures";
import { graphql } from "./generated";

const NAME_AND_ENROLMENTS = graphql(`
  query StatementMetricProfile($id: ID!) {
    person(id: $id) {
      name
      enrolments {
        id
      }
    }
  }
`);

/** `campus_db_statements_total` of one service, from its /metrics text. */
function statementsMetric(text: string, service: string): number {
  const line = text
    .split("\n")
    .find((l) => l.startsWith(`campus_db_statements_total{service="${service}"} `));
  if (!line) throw new Error(`no campus_db_statements_total for ${service} in:\n${text}`);
  return Number(line.slice(line.lastIndexOf(" ") + 1));
}

/**
 * Every subgraph counts the SQL statements it sends on /metrics (what `npm run bench` divides by
 * the requests it made), and the count is the one the tests' statement counter sees.
 */
describe("campus_db_statements_total", () => {
  const slice = campusSlice(6, "statement-metric");
  let stack: StackHarness;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: slice.dataset });
  });
  afterAll(() => stack?.stop());

  const names = () => Object.keys(stack.subgraphs);
  const scrapeAll = async () =>
    Object.fromEntries(
      await Promise.all(
        names().map(async (name) => {
          const url = new URL("/metrics", stack.subgraphs[name].url);
          const response = await fetch(url);
          expect(response.status).toBe(200);
          return [name, statementsMetric(await response.text(), name)] as const;
        }),
      ),
    );
  const counted = () =>
    Object.fromEntries(names().map((name) => [name, stack.subgraphs[name].statements.count]));

  it("rises in each subgraph by exactly the statements a query runs there", async () => {
    for (const student of slice.students.slice(0, 2)) {
      const metricBefore = await scrapeAll();
      const countedBefore = counted();
      const data = expectData(await gatewayQuery(stack, NAME_AND_ENROLMENTS, { id: student.id }));
      expect(data.person?.name).toBe(student.name);
      expect(data.person?.enrolments?.length).toBeGreaterThan(0);
      const metricAfter = await scrapeAll();
      const countedAfter = counted();
      const rise = Object.fromEntries(
        names().map((name) => [name, metricAfter[name] - metricBefore[name]]),
      );
      const ran = Object.fromEntries(
        names().map((name) => [name, countedAfter[name] - countedBefore[name]]),
      );
      expect(rise).toEqual(ran);
      // people answers the person, curriculum the enrolments; the others are not asked.
      expect(rise.people).toBeGreaterThan(0);
      expect(rise.curriculum).toBeGreaterThan(0);
      expect(rise.organisation).toBe(0);
      expect(rise.evaluation).toBe(0);
    }
  });
});
