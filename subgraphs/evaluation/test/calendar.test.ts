import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previousTerm, termOf, today } from "@campus/subgraph";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";

const CALENDAR = graphql(`
  query CalendarToday {
    campusCalendar {
      today
      currentTerm
      previousTerm
    }
  }
`);

describe("campusCalendar", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => harness?.stop());

  it("gives any caller today and the current and previous terms, as the web app shows them", async () => {
    const before = today();
    const res = await subgraphQuery(
      harness,
      "evaluation",
      CALENDAR,
      {},
      callers.student("00000000-0000-4000-8000-000000000001"),
    );
    expect(res.errors).toBeUndefined();
    const { campusCalendar } = expectData(res);
    // The request may straddle midnight on campus: either day is right, and the terms follow it.
    const day = campusCalendar.today;
    expect([before, today()]).toContain(day);
    expect(campusCalendar).toEqual({
      today: day,
      currentTerm: termOf(day),
      previousTerm: previousTerm(termOf(day)),
    });
  });
});
