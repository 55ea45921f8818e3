import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  covering,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import type { Caller } from "@campus/auth";
import { today } from "@campus/subgraph";
import { definition, seed } from "../src";
import { addDays, addMonths } from "../src/party-development/party-development.rules";
import { graphql } from "./generated";
import type { MovePartyStageInput, PartyStep } from "./generated/graphql";
import { sensitiveReads } from "./support";

const APPLY = graphql(`
  mutation PartyApply($input: RecordPartyApplicationInput!) {
    recordPartyApplication(input: $input) {
      id
      stage
    }
  }
`);
const SPONSORS = graphql(`
  mutation PartySponsors($input: SetPartySponsorsInput!) {
    setPartySponsors(input: $input) {
      id
    }
  }
`);
const CHECK = graphql(`
  mutation PartyCheck($input: RecordPartyCheckInput!) {
    recordPartyCheck(input: $input) {
      id
    }
  }
`);
const MOVE = graphql(`
  mutation PartyMove($input: MovePartyStageInput!) {
    movePartyStage(input: $input) {
      id
      stage
    }
  }
`);
const REPORT = graphql(`
  mutation PartyReport($input: RecordThoughtReportInput!) {
    recordThoughtReport(input: $input) {
      id
      submittedOn
      stage
    }
  }
`);
const TIMELINE = graphql(`
  query PartyTimeline($id: ID!) {
    person(id: $id) {
      politicalStatus
      partyDevelopment {
        id
        stage
        appliedOn
        activistSince
        developmentTargetSince
        probationSince
        probationEndsOn
        fullMemberSince
        trainingPassedOn
        politicalReviewPassedOn
        publicNoticeCompletedOn
        thoughtReportDueOn
        transitions {
          step
          from
          to
          effectiveOn
          basis
          basisReference
          probationEndsOn
          recordedBy {
            id
          }
        }
        sponsors {
          role
          since
          person {
            id
          }
        }
        thoughtReports {
          submittedOn
          stage
        }
      }
    }
  }
`);
const BOARD = graphql(`
  query PartyBoard($branchId: ID!) {
    partyPipelineBoard(branchId: $branchId) {
      stages {
        stage
        count
      }
      overdueThoughtReports {
        person {
          id
        }
        thoughtReportDueOn
      }
      probationsEnding {
        person {
          id
        }
        probationEndsOn
      }
      activistsReachingYear {
        person {
          id
        }
        activistSince
      }
    }
  }
`);
const WORKLIST = graphql(`
  query PartyWorklist {
    myCultivatedActivists {
      stage
      person {
        id
      }
    }
  }
`);

const T = today();
const months = (n: number) => addMonths(T, n);

const b = new DatasetBuilder("people-party");
const branch = b.orgUnit({ name: "彭康书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const otherBranch = b.orgUnit({ name: "文治书院第1师生联合党支部", kind: "JOINT_BRANCH" });
const secretaryPerson = b.staff({ name: "周静" });
const otherSecretaryPerson = b.staff({ name: "吴敏" });
const counselorPerson = b.staff({ name: "陈晓燕" });
const organiserPerson = b.staff({ name: "刘建国" });
const contacts = [b.staff({ name: "赵培养" }), b.staff({ name: "钱联系" })];
const introducers = [b.staff({ name: "孙介绍" }), b.staff({ name: "李介绍" })];
const notMember = b.staff({ name: "郑群众", politicalStatus: "MASSES" });
b.assign(secretaryPerson, "BRANCH_SECRETARY", "BRANCH", branch.id, { startsOn: "2020-01-01" });
b.assign(otherSecretaryPerson, "BRANCH_SECRETARY", "BRANCH", otherBranch.id, {
  startsOn: "2020-01-01",
});
// The students: one for the whole way, one for extension and cancellation, four for the board.
const [full, extended, nearYear, fresh, late, ending] = [
  "王子涵",
  "李浩然",
  "张一鸣",
  "刘思远",
  "陈可欣",
  "杨文博",
].map((name) => b.student({ name }));
const members = [full, extended, nearYear, fresh, late, ending].map((s) => s.id);
b.assign(counselorPerson, "COUNSELOR", "CLASS", b.studentClass({ name: "电气2401班" }).id);

const organiser = callerFor(["admin"], organiserPerson.id, "刘建国");
const secretary = callerFor(["branch_secretary"], secretaryPerson.id, "周静");
const otherSecretary = callerFor(["branch_secretary"], otherSecretaryPerson.id, "吴敏");
const counselor = callerFor(["counselor"], counselorPerson.id, "陈晓燕");
const asSecretary: ExecuteOptions = covering("branch_secretary", members);

describe("people: party development (党员发展)", () => {
  let harness: SubgraphHarness;
  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const apply = (personId: string, appliedOn: string, as: Caller = secretary) =>
    subgraphQuery(
      harness,
      "people",
      APPLY,
      { input: { personId, branchId: branch.id, appliedOn } },
      as,
      asSecretary,
    );
  const sponsors = (
    developmentId: string,
    role: "CULTIVATION_CONTACT" | "INTRODUCER",
    personIds: string[],
    since: string,
  ) =>
    subgraphQuery(
      harness,
      "people",
      SPONSORS,
      { input: { developmentId, role, personIds, since } },
      secretary,
      asSecretary,
    );
  const check = (
    developmentId: string,
    kind: "TRAINING" | "POLITICAL_REVIEW" | "PUBLIC_NOTICE",
    passedOn: string,
  ) =>
    subgraphQuery(
      harness,
      "people",
      CHECK,
      { input: { developmentId, check: kind, passedOn } },
      secretary,
      asSecretary,
    );
  const move = (
    developmentId: string,
    step: PartyStep,
    effectiveOn: string,
    extra: Partial<MovePartyStageInput> = {},
    as: Caller = secretary,
    options: ExecuteOptions = asSecretary,
  ) =>
    subgraphQuery(
      harness,
      "people",
      MOVE,
      {
        input: {
          developmentId,
          step,
          effectiveOn,
          basis:
            step === "BECOME_ACTIVIST" || step === "BECOME_DEVELOPMENT_TARGET"
              ? "BRANCH_COMMITTEE"
              : "BRANCH_GENERAL_MEETING",
          basisReference: `支部会议 ${effectiveOn}`,
          ...extra,
        },
      },
      as,
      options,
    );
  const report = (developmentId: string, submittedOn: string, as: Caller = secretary) =>
    subgraphQuery(
      harness,
      "people",
      REPORT,
      { input: { developmentId, submittedOn, summary: "学习党章体会" } },
      as,
      asSecretary,
    );
  const timeline = async (personId: string) => {
    const { person } = expectData(
      await subgraphQuery(harness, "people", TIMELINE, { id: personId }, organiser),
    );
    if (!person) throw new Error(`no person ${personId}`);
    return person;
  };
  const developmentIn = (t: Awaited<ReturnType<typeof timeline>>) => {
    if (!t.partyDevelopment) throw new Error("no party development recorded");
    return t.partyDevelopment;
  };
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;
  /** The student's events in people's outbox, in the order written. */
  const growthFacts = async (personId: string) =>
    (await harness.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(`select key, payload from people.outbox_event where subject = ? order by seq`, [
        personId,
      ])) as { key: string; payload: unknown }[];

  /** A refusal with its code, and the student's record exactly as before. */
  async function refused(
    personId: string,
    attempt: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>,
    code = "BAD_USER_INPUT",
  ): Promise<void> {
    const before = await timeline(personId);
    const res = await attempt();
    expect(codeOf(res), JSON.stringify(res.errors)).toBe(code);
    expect(await timeline(personId)).toEqual(before);
  }

  /** Applies and names contacts; the development's id. */
  async function applicant(personId: string, appliedOn: string): Promise<string> {
    const id = expectData(await apply(personId, appliedOn)).recordPartyApplication.id;
    expectData(
      await sponsors(
        id,
        "CULTIVATION_CONTACT",
        contacts.map((c) => c.id),
        appliedOn,
      ),
    );
    return id;
  }

  /** Drives a student to probation, admitted on `admittedOn` (activist two years before). */
  async function probationary(personId: string, admittedOn: string): Promise<string> {
    const activistOn = addMonths(admittedOn, -24);
    const id = await applicant(personId, addMonths(activistOn, -3));
    expectData(await move(id, "BECOME_ACTIVIST", activistOn));
    expectData(await check(id, "TRAINING", addMonths(activistOn, 3)));
    const targetOn = addMonths(activistOn, 12);
    expectData(await move(id, "BECOME_DEVELOPMENT_TARGET", targetOn));
    expectData(
      await sponsors(
        id,
        "INTRODUCER",
        introducers.map((i) => i.id),
        targetOn,
      ),
    );
    expectData(await check(id, "POLITICAL_REVIEW", targetOn));
    expectData(await check(id, "PUBLIC_NOTICE", targetOn));
    expectData(await move(id, "ADMIT_PROBATIONARY", admittedOn));
    return id;
  }

  it("takes a student the whole way, each step dated, decided and recorded, every rule refused at its boundary with nothing changed", async () => {
    const applied = months(-30);
    const activistOn = months(-28);
    const yearOn = addMonths(activistOn, 12);
    const admittedOn = months(-14);
    const fullOn = addMonths(admittedOn, 12);

    // Application: not in the future, not twice, only from the branch's secretary or an organiser.
    expect(codeOf(await apply(full.id, addDays(T, 1)))).toBe("BAD_USER_INPUT");
    expect(codeOf(await apply(full.id, applied, otherSecretary))).toBe("FORBIDDEN");
    expect(codeOf(await apply(full.id, applied, counselor))).toBe("FORBIDDEN");
    expect(codeOf(await apply(full.id, applied, callers.student(full.id)))).toBe("FORBIDDEN");
    expect(await timeline(full.id)).toEqual({
      politicalStatus: "LEAGUE_MEMBER",
      partyDevelopment: null,
    });
    const id = expectData(await apply(full.id, applied)).recordPartyApplication.id;
    expect(codeOf(await apply(full.id, applied))).toBe("BAD_USER_INPUT");
    expect((await timeline(full.id)).politicalStatus).toBe("APPLICANT");

    // Activist: two cultivation contacts who are full members.
    await refused(full.id, () => move(id, "BECOME_ACTIVIST", activistOn));
    await refused(full.id, () =>
      sponsors(id, "CULTIVATION_CONTACT", [contacts[0].id, notMember.id], applied),
    );
    await refused(full.id, () =>
      sponsors(id, "CULTIVATION_CONTACT", [contacts[0].id, full.id], applied),
    );
    expectData(
      await sponsors(
        id,
        "CULTIVATION_CONTACT",
        contacts.map((c) => c.id),
        applied,
      ),
    );
    await refused(full.id, () => move(id, "BECOME_ACTIVIST", addDays(T, 1)));
    await refused(full.id, () => move(id, "BECOME_ACTIVIST", addDays(applied, -1)));
    await refused(full.id, () => move(id, "ADMIT_PROBATIONARY", activistOn));
    expectData(await move(id, "BECOME_ACTIVIST", activistOn));
    expect((await timeline(full.id)).politicalStatus).toBe("ACTIVIST");

    // Development target: a full year as activist, and training passed.
    await refused(full.id, () => move(id, "BECOME_DEVELOPMENT_TARGET", yearOn));
    await refused(full.id, () => check(id, "TRAINING", addDays(activistOn, -1)));
    expectData(await check(id, "TRAINING", addMonths(activistOn, 4)));
    await refused(full.id, () => move(id, "BECOME_DEVELOPMENT_TARGET", addDays(yearOn, -1)));
    expectData(await move(id, "BECOME_DEVELOPMENT_TARGET", yearOn));
    expect((await timeline(full.id)).politicalStatus).toBe("DEVELOPMENT_TARGET");

    // Admission: two introducers who are full members, political review and public notice, by the general meeting.
    expectData(await check(id, "POLITICAL_REVIEW", addMonths(yearOn, 1)));
    await refused(full.id, () => move(id, "ADMIT_PROBATIONARY", admittedOn));
    await refused(full.id, () =>
      sponsors(id, "INTRODUCER", [introducers[0].id, notMember.id], yearOn),
    );
    expectData(
      await sponsors(
        id,
        "INTRODUCER",
        introducers.map((i) => i.id),
        yearOn,
      ),
    );
    await refused(full.id, () => move(id, "ADMIT_PROBATIONARY", admittedOn));
    expectData(await check(id, "PUBLIC_NOTICE", addMonths(yearOn, 1)));
    await refused(full.id, () =>
      move(id, "ADMIT_PROBATIONARY", admittedOn, { basis: "BRANCH_COMMITTEE" }),
    );
    expectData(await move(id, "ADMIT_PROBATIONARY", admittedOn));
    expect((await timeline(full.id)).politicalStatus).toBe("PROBATIONARY_MEMBER");

    // Full membership: a year's probation.
    await refused(full.id, () => move(id, "CONFIRM_FULL_MEMBER", addDays(fullOn, -1)));
    expectData(await move(id, "CONFIRM_FULL_MEMBER", fullOn));

    const done = await timeline(full.id);
    expect(done.politicalStatus).toBe("FULL_MEMBER");
    expect(done.partyDevelopment).toMatchObject({
      stage: "FULL_MEMBER",
      appliedOn: applied,
      activistSince: activistOn,
      developmentTargetSince: yearOn,
      probationSince: admittedOn,
      probationEndsOn: fullOn,
      fullMemberSince: fullOn,
      thoughtReportDueOn: null,
    });
    expect(
      developmentIn(done).transitions.map((t) => [t.step, t.from, t.to, t.effectiveOn, t.basis]),
    ).toEqual([
      [null, null, "APPLICANT", applied, null],
      ["BECOME_ACTIVIST", "APPLICANT", "ACTIVIST", activistOn, "BRANCH_COMMITTEE"],
      ["BECOME_DEVELOPMENT_TARGET", "ACTIVIST", "DEVELOPMENT_TARGET", yearOn, "BRANCH_COMMITTEE"],
      [
        "ADMIT_PROBATIONARY",
        "DEVELOPMENT_TARGET",
        "PROBATIONARY_MEMBER",
        admittedOn,
        "BRANCH_GENERAL_MEETING",
      ],
      [
        "CONFIRM_FULL_MEMBER",
        "PROBATIONARY_MEMBER",
        "FULL_MEMBER",
        fullOn,
        "BRANCH_GENERAL_MEETING",
      ],
    ]);
    expect(
      developmentIn(done).transitions.every((t) => t.recordedBy?.id === secretaryPerson.id),
    ).toBe(true);
    expect(developmentIn(done).sponsors.map((s) => [s.role, s.person.id])).toEqual(
      expect.arrayContaining([
        ["CULTIVATION_CONTACT", contacts[0].id],
        ["CULTIVATION_CONTACT", contacts[1].id],
        ["INTRODUCER", introducers[0].id],
        ["INTRODUCER", introducers[1].id],
      ]),
    );
    // Nothing moves a full member further.
    await refused(full.id, () => move(id, "CANCEL_PROBATION", T));
    // Admission and full membership, announced as they are, reach the growth record (without
    // points); the stages before them stay party development's own.
    expect(await growthFacts(full.id)).toEqual([
      {
        key: `party-stage:${id}:PROBATIONARY_MEMBER`,
        payload: {
          domain: "MORAL",
          kind: "PARTY_MEMBERSHIP",
          title: "党员发展：接收为中共预备党员",
          points: 0,
          occurredOn: admittedOn,
        },
      },
      {
        key: `party-stage:${id}:FULL_MEMBER`,
        payload: {
          domain: "MORAL",
          kind: "PARTY_MEMBERSHIP",
          title: "党员发展：转为中共正式党员",
          points: 0,
          occurredOn: fullOn,
        },
      },
    ]);
  });

  it("extends probation once, by at most a year, and cancels it: the political status goes back", async () => {
    const admittedOn = months(-20);
    const endsOn = addMonths(admittedOn, 12);
    const id = await probationary(extended.id, admittedOn);
    await refused(extended.id, () =>
      move(id, "EXTEND_PROBATION", addDays(endsOn, -1), { extensionMonths: 6 }),
    );
    await refused(extended.id, () => move(id, "EXTEND_PROBATION", endsOn));
    await refused(extended.id, () => move(id, "EXTEND_PROBATION", endsOn, { extensionMonths: 13 }));
    expectData(await move(id, "EXTEND_PROBATION", endsOn, { extensionMonths: 6 }));
    const extendedTo = addMonths(endsOn, 6);
    expect((await timeline(extended.id)).partyDevelopment).toMatchObject({
      stage: "PROBATIONARY_MEMBER",
      probationEndsOn: extendedTo,
    });
    await refused(extended.id, () =>
      move(id, "EXTEND_PROBATION", extendedTo, { extensionMonths: 1 }),
    );
    await refused(extended.id, () => move(id, "CONFIRM_FULL_MEMBER", addDays(extendedTo, -1)));
    expectData(await move(id, "CANCEL_PROBATION", extendedTo));
    const after = await timeline(extended.id);
    expect(after.partyDevelopment?.stage).toBe("CANCELLED");
    expect(after.politicalStatus).toBe("LEAGUE_MEMBER");
    expect(developmentIn(after).transitions.at(-2)).toMatchObject({
      step: "EXTEND_PROBATION",
      probationEndsOn: extendedTo,
    });
    // An extension and a cancellation write nothing for the growth record: only the admission.
    expect((await growthFacts(extended.id)).map((e) => e.key)).toEqual([
      `party-stage:${id}:PROBATIONARY_MEMBER`,
    ]);
  });

  it("lets only the branch's secretary or an organiser move a stage; not another branch's secretary, a counselor or the student", async () => {
    const id = await applicant(nearYear.id, months(-13));
    for (const as of [otherSecretary, counselor, callers.student(nearYear.id)])
      await refused(
        nearYear.id,
        () =>
          move(
            id,
            "BECOME_ACTIVIST",
            addDays(months(-12), 10),
            {},
            as,
            covering("counselor", [nearYear.id]),
          ),
        "FORBIDDEN",
      );
    // The organiser moves it; the secretary records reports; a contact records one too.
    expectData(await move(id, "BECOME_ACTIVIST", addDays(months(-12), 10), {}, organiser, {}));
    expect(codeOf(await report(id, months(-1), otherSecretary))).toBe("FORBIDDEN");
    const contact = callerFor(["counselor"], contacts[0].id, "赵培养");
    expectData(await report(id, addDays(months(-1), -1), contact));
  });

  it("shows the timeline to the student and their branch's secretary, audited; not to a counselor; a contact sees their activists", async () => {
    const own = await subgraphQuery(
      harness,
      "people",
      TIMELINE,
      { id: full.id },
      callers.student(full.id),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.person?.partyDevelopment?.stage).toBe("FULL_MEMBER");
    expect(sensitiveReads(own).map((r) => r.field)).toContain("Person.partyDevelopment");
    expect(sensitiveReads(own).every((r) => r.purpose === "PARTY" && r.subjectId === full.id)).toBe(
      true,
    );

    const theirs = await subgraphQuery(
      harness,
      "people",
      TIMELINE,
      { id: full.id },
      secretary,
      asSecretary,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.person?.partyDevelopment?.transitions).toHaveLength(5);

    const denied = await subgraphQuery(
      harness,
      "people",
      TIMELINE,
      { id: full.id },
      counselor,
      covering("counselor", [full.id]),
    );
    expect(denied.data?.person?.partyDevelopment).toBeNull();
    expect(codeOf(denied)).toBe("FORBIDDEN");
    expect(denied.data?.person?.politicalStatus).toBe("FULL_MEMBER");

    // A contact's worklist: the applicants and activists they cultivate, readable to them.
    const contact = callerFor(["counselor"], contacts[1].id, "钱联系");
    const work = expectData(await subgraphQuery(harness, "people", WORKLIST, undefined, contact));
    expect(work.myCultivatedActivists.map((d) => d.person.id)).toEqual([nearYear.id]);
    expect(work.myCultivatedActivists[0].stage).toBe("ACTIVIST");
    const none = expectData(await subgraphQuery(harness, "people", WORKLIST, undefined, counselor));
    expect(none.myCultivatedActivists).toEqual([]);
  });

  it("counts the branch's board and lists who is due next: overdue reports, probations ending, activists reaching a year", async () => {
    // fresh: activist two months ago, report due in a month; late: activist five months ago, none since.
    const freshId = await applicant(fresh.id, months(-3));
    expectData(await move(freshId, "BECOME_ACTIVIST", months(-2)));
    const lateId = await applicant(late.id, months(-6));
    expectData(await move(lateId, "BECOME_ACTIVIST", months(-5)));
    // ending: admitted a year ago less ten days, so probation ends in ten days.
    await probationary(ending.id, addDays(months(-12), 10));
    const endingReport = await timeline(ending.id);

    expect(
      codeOf(
        await subgraphQuery(harness, "people", BOARD, { branchId: branch.id }, otherSecretary),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(await subgraphQuery(harness, "people", BOARD, { branchId: branch.id }, counselor)),
    ).toBe("FORBIDDEN");
    const boardRes = await subgraphQuery(
      harness,
      "people",
      BOARD,
      { branchId: branch.id },
      secretary,
      asSecretary,
    );
    const board = expectData(boardRes).partyPipelineBoard;
    // Every student named on the board is an audited disclosure under PARTY.
    expect(
      sensitiveReads(boardRes)
        .filter((r) => r.field === "Query.partyPipelineBoard" && r.purpose === "PARTY")
        .map((r) => r.subjectId)
        .sort(),
    ).toEqual([...new Set([nearYear.id, late.id, ending.id])].sort());
    expect(Object.fromEntries(board.stages.map((s) => [s.stage, s.count]))).toEqual({
      APPLICANT: 0,
      ACTIVIST: 3, // nearYear, fresh, late
      DEVELOPMENT_TARGET: 0,
      PROBATIONARY_MEMBER: 1, // ending
      FULL_MEMBER: 1, // full
      CANCELLED: 1, // extended
    });
    // nearYear reported a month ago: not overdue; late never did; ending's last quarter has passed.
    const overdue = board.overdueThoughtReports.map((d) => d.person.id);
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(nearYear.id);
    expect(overdue).not.toContain(fresh.id);
    expect(overdue.includes(ending.id)).toBe(
      (developmentIn(endingReport).thoughtReportDueOn ?? T) < T,
    );
    expect(board.probationsEnding.map((d) => [d.person.id, d.probationEndsOn])).toEqual([
      [ending.id, addDays(T, 10)],
    ]);
    expect(board.activistsReachingYear.map((d) => d.person.id)).toEqual([nearYear.id]);

    // A report handed in clears the overdue line until the next quarter.
    expectData(await report(lateId, T));
    const after = expectData(
      await subgraphQuery(harness, "people", BOARD, { branchId: branch.id }, organiser),
    ).partyPipelineBoard;
    expect(after.overdueThoughtReports.map((d) => d.person.id)).not.toContain(late.id);
    expect((await timeline(late.id)).partyDevelopment?.thoughtReportDueOn).toBe(addMonths(T, 3));
  });
});
