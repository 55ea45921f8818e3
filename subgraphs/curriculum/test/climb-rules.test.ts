/**
 * The climb plan's rules as tables, apart from the database: a challenge's steps, a team's size,
 * a project's transitions and conclusion, and moving up the tiers.
 */
import { describe, expect, it } from "vitest";
import { ChallengeStatus, ChallengeStep } from "../src/challenge/challenge.enums";
import { challengeStep, teamSizeRefusal } from "../src/challenge/challenge.workflow";
import { CompetitionEntryStatus, CompetitionResult } from "../src/competition/competition.enums";
import { assertEntryTransition } from "../src/competition/competition.workflow";
import { tierRefusal, type ProjectFact } from "../src/climb/climb-tier.rules";
import {
  AwardLevel,
  MilestoneStatus,
  ProjectOutcome,
  ProjectStatus,
} from "../src/project/project.enums";
import {
  assertProjectTransition,
  milestonesRefusal,
  outcomeRefusal,
} from "../src/project/project.workflow";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe("climb-plan rules", () => {
  it("moves a challenge DRAFT → PUBLISHED → CLOSED, withdraws a draft or a published one, and nothing else", () => {
    const { DRAFT, PUBLISHED, CLOSED, WITHDRAWN } = ChallengeStatus;
    const table = Object.values(ChallengeStatus).flatMap((from) =>
      Object.values(ChallengeStep).map((step) => {
        const code = codeOf(() => challengeStep(from, step));
        return [from, step, code ?? challengeStep(from, step)];
      }),
    );
    expect(table).toEqual([
      [DRAFT, "PUBLISH", PUBLISHED],
      [DRAFT, "CLOSE", "BAD_USER_INPUT"],
      [DRAFT, "WITHDRAW", WITHDRAWN],
      [PUBLISHED, "PUBLISH", "BAD_USER_INPUT"],
      [PUBLISHED, "CLOSE", CLOSED],
      [PUBLISHED, "WITHDRAW", WITHDRAWN],
      [CLOSED, "PUBLISH", "BAD_USER_INPUT"],
      [CLOSED, "CLOSE", "BAD_USER_INPUT"],
      [CLOSED, "WITHDRAW", "BAD_USER_INPUT"],
      [WITHDRAWN, "PUBLISH", "BAD_USER_INPUT"],
      [WITHDRAWN, "CLOSE", "BAD_USER_INPUT"],
      [WITHDRAWN, "WITHDRAW", "BAD_USER_INPUT"],
    ]);
  });

  it("takes teams within the challenge's bounds, leader included", () => {
    expect([1, 2, 3, 4].map((size) => teamSizeRefusal(size, 2, 3) === null)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("ends only an ACTIVE project, once", () => {
    const allowed = Object.values(ProjectStatus).flatMap((from) =>
      Object.values(ProjectStatus)
        .filter((to) => codeOf(() => assertProjectTransition(from, to)) === undefined)
        .map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(["ACTIVE→CONCLUDED", "ACTIVE→ABANDONED"]);
  });

  it("concludes on accepted milestones only, with an award's level and no other's", () => {
    const { OPEN, SUBMITTED, ACCEPTED, RETURNED } = MilestoneStatus;
    expect(milestonesRefusal([])).toMatch(/has none/);
    expect(milestonesRefusal([ACCEPTED, SUBMITTED, RETURNED, OPEN])).toMatch(/3 milestone/);
    expect(milestonesRefusal([ACCEPTED, ACCEPTED])).toBeNull();
    expect(outcomeRefusal(ProjectOutcome.AWARD, null)?.field).toBe("input.awardLevel");
    expect(outcomeRefusal(ProjectOutcome.AWARD, AwardLevel.NATIONAL)).toBeNull();
    expect(outcomeRefusal(ProjectOutcome.PATENT, AwardLevel.SCHOOL)?.field).toBe(
      "input.awardLevel",
    );
    expect(outcomeRefusal(ProjectOutcome.REPORT, null)).toBeNull();
  });

  it("climbs one tier at a time, and to tier 3 only on a concluded tier-2 project or an award", () => {
    const project = (fact: Partial<ProjectFact>): ProjectFact => ({
      id: "p",
      tier: 2,
      status: ProjectStatus.CONCLUDED,
      outcome: ProjectOutcome.REPORT,
      ...fact,
    });
    expect(tierRefusal(1, 2, [project({ status: ProjectStatus.ACTIVE })])).toBeNull();
    expect(tierRefusal(1, 3, [project({})])).toMatch(/one tier at a time/);
    expect(tierRefusal(2, 3, [])).toMatch(/tier 3 needs/);
    expect(tierRefusal(2, 3, [project({ status: ProjectStatus.ACTIVE })])).toMatch(/tier 3 needs/);
    expect(tierRefusal(2, 3, [project({ status: ProjectStatus.ABANDONED })])).toMatch(
      /tier 3 needs/,
    );
    expect(tierRefusal(2, 3, [project({})])).toBeNull();
    expect(tierRefusal(2, 3, [project({ tier: 1, outcome: ProjectOutcome.AWARD })])).toBeNull();
    expect(tierRefusal(3, 1, [])).toBeNull(); // a correction downwards
  });

  it("counts a competition prize for tier 3, and not taking part or no result", () => {
    const fact = (result: CompetitionResult) => [{ entryId: "e", result }];
    const refused = Object.values(CompetitionResult).filter((r) => tierRefusal(2, 3, [], fact(r)));
    expect(refused).toEqual([CompetitionResult.NONE, CompetitionResult.PARTICIPATION]);
    expect(tierRefusal(1, 3, [], fact(CompetitionResult.GRAND_PRIZE))).toMatch(/one tier/);
  });

  it("moves to tier 2 on a habit goal met, an accepted reflection, any project or a competition result, and refuses without one", () => {
    const none = { habitGoalsMet: 0, acceptedReflections: 0 };
    expect(tierRefusal(1, 2, [])).toMatch(
      /tier 2 needs a habit project's goal met, an accepted practice-visit reflection, a climb-plan project or a competition result/,
    );
    expect(tierRefusal(1, 2, [], [], none)).toMatch(/tier 2 needs/);
    expect(tierRefusal(1, 2, [], [], { ...none, habitGoalsMet: 1 })).toBeNull();
    expect(tierRefusal(1, 2, [], [], { ...none, acceptedReflections: 1 })).toBeNull();
    const abandoned: ProjectFact = {
      id: "p",
      tier: 1,
      status: ProjectStatus.ABANDONED,
      outcome: null,
    };
    expect(tierRefusal(1, 2, [abandoned])).toBeNull();
    expect(
      tierRefusal(1, 2, [], [{ entryId: "e", result: CompetitionResult.PARTICIPATION }]),
    ).toBeNull();
    // Tier 1 facts do not lift past tier 2, and a correction down needs none.
    expect(tierRefusal(2, 3, [], [], { habitGoalsMet: 3, acceptedReflections: 3 })).toMatch(
      /tier 3 needs/,
    );
    expect(tierRefusal(2, 1, [])).toBeNull();
  });

  it("moves a competition entry ENTERED → RESULT_RECORDED or WITHDRAWN, and nothing else", () => {
    const allowed = Object.values(CompetitionEntryStatus).flatMap((from) =>
      Object.values(CompetitionEntryStatus)
        .filter((to) => codeOf(() => assertEntryTransition(from, to)) === undefined)
        .map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(["ENTERED→RESULT_RECORDED", "ENTERED→WITHDRAWN"]);
  });
});
