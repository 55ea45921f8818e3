import { describe, expect, it } from "vitest";
import { dueAtFor, NEXT_TIER, STAGE_HOURS } from "../src/warning/warning.deadlines";
import { EscalationTier, WarningLevel, WarningStatus } from "../src/warning/warning.enums";
import {
  allowedTargets,
  canTransition,
  mutationFor,
  refusal,
} from "../src/warning/warning.workflow";

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
    const allowed = ALL.flatMap((from) =>
      ALL.filter((to) => canTransition(from, to)).map((to) => [from, to]),
    );
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
    expect(refusal(OPEN, CLOSED)).toBe(
      "a warning cannot move from OPEN to CLOSED: from OPEN it can go to ASSIGNED",
    );
    expect(refusal(TRACKING, OPEN)).toBe(
      "a warning cannot move from TRACKING to OPEN: from TRACKING it can go to CLOSED or INTERVENING",
    );
    expect(refusal(CLOSED, INTERVENING)).toBe(
      "a warning cannot move from CLOSED to INTERVENING: CLOSED is final",
    );
  });
});

describe("warning workflow: which mutation makes which step", () => {
  it("assigns with assignWarning, closes with closeWarning, and makes the middle steps with advanceWarning", () => {
    expect(mutationFor(ASSIGNED)).toBe("assignWarning");
    expect(mutationFor(CLOSED)).toBe("closeWarning");
    for (const to of [ASSESSED, INTERVENING, TRACKING])
      expect(mutationFor(to)).toBe("advanceWarning");
  });
});

describe("stage deadlines", () => {
  const DAY = 24;
  // Written out independently of warning.deadlines.ts: the policy in hours, per stage and level.
  const EXPECTED_HOURS = {
    OPEN: { YELLOW: 1 * DAY, ORANGE: 12, RED: 4 },
    ASSIGNED: { YELLOW: 3 * DAY, ORANGE: 2 * DAY, RED: 1 * DAY },
    ASSESSED: { YELLOW: 3 * DAY, ORANGE: 3 * DAY, RED: 1 * DAY },
    INTERVENING: { YELLOW: 14 * DAY, ORANGE: 14 * DAY, RED: 7 * DAY },
    TRACKING: { YELLOW: 30 * DAY, ORANGE: 30 * DAY, RED: 30 * DAY },
  };
  const from = new Date("2026-03-02T01:30:00.000Z");

  it("gives every open stage a due time per level, counted from the moment the stage starts", () => {
    expect(STAGE_HOURS).toEqual(EXPECTED_HOURS);
    for (const [stage, byLevel] of Object.entries(EXPECTED_HOURS)) {
      for (const [level, hours] of Object.entries(byLevel)) {
        expect(
          dueAtFor(stage as WarningStatus, level as WarningLevel, from)?.getTime(),
          `${stage} ${level}`,
        ).toBe(from.getTime() + hours * 3_600_000);
      }
    }
  });

  it("never gives a red warning longer than a yellow one, and a CLOSED one no due time", () => {
    for (const stage of [OPEN, ASSIGNED, ASSESSED, INTERVENING, TRACKING] as const) {
      expect(STAGE_HOURS[stage].RED).toBeLessThanOrEqual(STAGE_HOURS[stage].ORANGE);
      expect(STAGE_HOURS[stage].ORANGE).toBeLessThanOrEqual(STAGE_HOURS[stage].YELLOW);
    }
    expect(STAGE_HOURS.OPEN.RED).toBeLessThan(STAGE_HOURS.OPEN.YELLOW);
    for (const level of Object.values(WarningLevel))
      expect(dueAtFor(CLOSED, level, from)).toBeNull();
  });

  it("escalates counselor → college → university, where it stays", () => {
    expect(NEXT_TIER).toEqual({
      COUNSELOR: "COLLEGE",
      COLLEGE: "UNIVERSITY",
      UNIVERSITY: "UNIVERSITY",
    });
    expect(Object.keys(NEXT_TIER).sort()).toEqual(Object.values(EscalationTier).sort());
  });
});
