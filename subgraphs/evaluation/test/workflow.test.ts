import { describe, expect, it } from "vitest";
import { WarningStatus } from "../src/warning/warning.enums";
import { allowedTargets, canTransition, refusal } from "../src/warning/warning.workflow";

const { OPEN, ASSIGNED, ASSESSED, INTERVENING, TRACKING, CLOSED } = WarningStatus;
const ALL = Object.values(WarningStatus);

// Written out independently of warning.workflow.ts, so a change there has to be made here too.
const EXPECTED: [WarningStatus, WarningStatus][] = [
  [OPEN, ASSIGNED],
  [ASSIGNED, ASSESSED],
  [ASSESSED, INTERVENING],
  [INTERVENING, TRACKING],
  [TRACKING, CLOSED],
  [TRACKING, INTERVENING],
];

describe("warning workflow", () => {
  it("allows exactly the six steps of the workflow, out of all 36 pairs", () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canTransition(from, to)).map((to) => [from, to]));
    expect(allowed.sort()).toEqual([...EXPECTED].sort());
  });

  it("lets nothing stay in place, skip a step or leave CLOSED", () => {
    for (const status of ALL) expect(canTransition(status, status)).toBe(false);
    expect(canTransition(OPEN, ASSESSED)).toBe(false);
    expect(canTransition(OPEN, CLOSED)).toBe(false);
    expect(canTransition(ASSIGNED, OPEN)).toBe(false);
    expect(allowedTargets(CLOSED)).toEqual([]);
  });

  it("explains a refusal by naming from, to and what is allowed", () => {
    expect(refusal(OPEN, ASSIGNED)).toBeNull();
    expect(refusal(OPEN, CLOSED)).toBe("a warning cannot move from OPEN to CLOSED: from OPEN it can go to ASSIGNED");
    expect(refusal(TRACKING, OPEN)).toBe("a warning cannot move from TRACKING to OPEN: from TRACKING it can go to CLOSED or INTERVENING");
    expect(refusal(CLOSED, INTERVENING)).toBe("a warning cannot move from CLOSED to INTERVENING: CLOSED is final");
  });
});
