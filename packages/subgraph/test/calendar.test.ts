import { describe, expect, it } from "vitest";
import { isTerm, previousTerm, termOf, today } from "../src/calendar";

describe("the campus calendar", () => {
  it("dates on campus (Asia/Shanghai), not on the server", () => {
    expect(today(new Date("2026-08-31T16:30:00Z"))).toBe("2026-09-01");
    expect(today(new Date("2026-08-31T15:59:59Z"))).toBe("2026-08-31");
  });

  it("puts September to February in the autumn term and March to August in the spring term", () => {
    expect(termOf("2026-09-01")).toBe("2026-2027-1");
    expect(termOf("2027-02-28")).toBe("2026-2027-1");
    expect(termOf("2027-03-01")).toBe("2026-2027-2");
    expect(termOf("2027-08-31")).toBe("2026-2027-2");
  });

  it("knows the term before, across the academic year", () => {
    expect(previousTerm("2026-2027-2")).toBe("2026-2027-1");
    expect(previousTerm("2026-2027-1")).toBe("2025-2026-2");
    expect(isTerm(previousTerm("2026-2027-1"))).toBe(true);
    expect(isTerm("2026-2028-1")).toBe(false);
  });
});
