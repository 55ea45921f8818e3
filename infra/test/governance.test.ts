/**
 * Governance through the real gateway (三张清单, 五级工作体系, 两级书记例会): organisation owns work
 * items and secretaries' meetings; people owns who exists, who is secretary of which branch and
 * who administers which college, asked through the gateway's relay (knownPeople, governedUnits).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Access, AuditTrail, EMPTY_SCOPE } from "@campus/access";
import { callerFor, callers, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const CREATE = graphql(`
  mutation GovCreateWorkItem($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) {
      id
      list
      status
      level
      inCharge {
        name
      }
      parent {
        id
      }
      meeting {
        id
      }
    }
  }
`);
const CHANGE = graphql(`
  mutation GovChangeWorkItem($input: ChangeWorkItemInput!) {
    changeWorkItem(input: $input) {
      id
      dueOn
    }
  }
`);
const MOVE = graphql(`
  mutation GovMoveWorkItem($input: MoveWorkItemInput!) {
    moveWorkItem(input: $input) {
      id
      status
      transitions {
        fromStatus
        toStatus
        note
        createdAt
        by {
          name
        }
      }
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation GovFollowUp($input: AddWorkItemFollowUpInput!) {
    addWorkItemFollowUp(input: $input) {
      id
      followUps {
        on
        note
        by {
          name
        }
      }
    }
  }
`);
const ESCALATE = graphql(`
  mutation GovEscalate($asOf: LocalDate) {
    escalateOverdueWorkItems(asOf: $asOf) {
      asOf
      escalated
    }
  }
`);
const ITEM = graphql(`
  query GovWorkItem($id: ID!) {
    workItem(id: $id) {
      id
      level
      overdue
      escalations {
        dueOn
        fromLevel
        toLevel
      }
    }
  }
`);
const LISTS = graphql(`
  query GovWorkItems($filter: WorkItemFilter, $first: Int) {
    workItems(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          list
          dueOn
          status
          level
          overdue
          unit {
            name
          }
          inCharge {
            name
          }
          parent {
            title
          }
          children {
            title
            children {
              title
            }
          }
          transitions {
            toStatus
            by {
              name
            }
          }
          followUps {
            note
          }
          escalations {
            toLevel
          }
          meeting {
            topic
            attendees {
              name
            }
          }
        }
      }
    }
  }
`);
const OVERDUE = graphql(`
  query GovOverdue($mine: Boolean) {
    overdueWorkItems(first: 50, mine: $mine) {
      totalCount
      edges {
        node {
          id
          overdue
        }
      }
    }
  }
`);
const CREATE_MEETING = graphql(`
  mutation GovCreateMeeting($input: CreateSecretaryMeetingInput!) {
    createSecretaryMeeting(input: $input) {
      id
      level
      locked
      chair {
        name
      }
      attendees {
        name
      }
    }
  }
`);
const MINUTES = graphql(`
  mutation GovMinutes($input: RecordMeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) {
      id
      minutes
    }
  }
`);
const SIGN_OFF = graphql(`
  mutation GovSignOff($id: ID!) {
    signOffMeetingMinutes(meetingId: $id) {
      id
      locked
      signedOffAt
      signedOffBy {
        name
      }
    }
  }
`);
const MEETING = graphql(`
  query GovMeeting($id: ID!) {
    secretaryMeeting(id: $id) {
      id
      minutes
      locked
      decisions {
        title
      }
    }
  }
`);
const MEETINGS = graphql(`
  query GovMeetings {
    secretaryMeetings(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const b = new DatasetBuilder("governance-stack");
const committee = b.orgUnit({ name: "学生社区党委", kind: "PARTY_COMMITTEE" });
const college = b.orgUnit({ name: "彭康书院", kind: "RESIDENTIAL_COLLEGE" });
const general = b.orgUnit({
  name: "彭康书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
});
const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const other = b.orgUnit({ name: "第2师生联合党支部", kind: "JOINT_BRANCH", parentId: general.id });
const small = b.orgUnit({ name: "统计小支部", kind: "JOINT_BRANCH", parentId: general.id });
const large = b.orgUnit({ name: "统计大支部", kind: "JOINT_BRANCH", parentId: general.id });
// A general branch linked to its residential college: that college's administrator governs it,
// and the branches below it.
const zhongying = b.orgUnit({ name: "仲英书院", kind: "RESIDENTIAL_COLLEGE" });
const linkedGeneral = b.orgUnit({
  name: "仲英书院党总支",
  kind: "GENERAL_BRANCH",
  parentId: committee.id,
  collegeId: zhongying.id,
});
const linkedBranch = b.orgUnit({
  name: "仲英第1师生联合党支部",
  kind: "JOINT_BRANCH",
  parentId: linkedGeneral.id,
});
const zhongyingAdmin = b.staff({ name: "钱立群" });
b.assign(zhongyingAdmin, "COLLEGE_ADMIN", "UNIT", zhongying.id);
const secretary = b.staff({ name: "周静" });
const otherSecretary = b.staff({ name: "赵敏" });
const collegeAdmin = b.staff({ name: "吴海涛" });
const inCharge = b.staff({ name: "陈晓燕" });
const stranger = b.staff({ name: "孙伟" });
const student = b.student({ name: "王子涵" });
b.assign(secretary, "BRANCH_SECRETARY", "BRANCH", branch.id);
b.assign(otherSecretary, "BRANCH_SECRETARY", "BRANCH", other.id);
b.assign(collegeAdmin, "COLLEGE_ADMIN", "UNIT", college.id);
// Missed deadlines, seeded (a new item's deadline is never in the past): two that escalate one
// level, and one at the standing committee already, with nowhere higher to go.
const overdueA = b.workItem({
  list: "PROBLEM",
  title: "新生适应困难",
  unitId: branch.id,
  inChargeId: inCharge.id,
  dueOn: "2026-01-10",
});
const overdueB = b.workItem({
  list: "PROBLEM",
  title: "晚归率偏高",
  unitId: other.id,
  inChargeId: stranger.id,
  dueOn: "2026-02-10",
  level: "LEAD_DEPARTMENT",
});
const atTop = b.workItem({
  list: "PROBLEM",
  title: "社区食堂改造",
  unitId: committee.id,
  inChargeId: stranger.id,
  dueOn: "2026-01-05",
  level: "STANDING_COMMITTEE",
});
const signedMeeting = b.secretaryMeeting({
  level: "BRANCH",
  unitId: branch.id,
  heldOn: "2026-03-01",
  topic: "第1次书记例会",
  chairId: secretary.id,
  attendeeIds: [inCharge.id],
  minutes: "研究新生适应问题",
  signedOff: true,
});
// For the statement count: 2 problems in one branch, 20 in another, each with a measure and a responsibility.
for (const [unit, n] of [
  [small, 2],
  [large, 20],
] as const) {
  const meeting = b.secretaryMeeting({
    level: "BRANCH",
    unitId: unit.id,
    heldOn: "2026-03-02",
    topic: "统计例会",
    chairId: secretary.id,
    attendeeIds: [inCharge.id, stranger.id],
  });
  for (let i = 0; i < n; i++) {
    const problem = b.workItem({
      list: "PROBLEM",
      title: `难题${i}`,
      unitId: unit.id,
      inChargeId: inCharge.id,
      dueOn: "2099-01-01",
      meetingId: meeting.id,
      followUps: [{ on: "2026-03-03", note: "已走访", byId: inCharge.id }],
    });
    const measure = b.workItem({
      list: "MEASURE",
      parentId: problem.id,
      title: `举措${i}`,
      unitId: unit.id,
      inChargeId: inCharge.id,
      dueOn: "2099-01-01",
      status: "IN_PROGRESS",
    });
    b.workItem({
      list: "RESPONSIBILITY",
      parentId: measure.id,
      title: `责任${i}`,
      unitId: unit.id,
      inChargeId: stranger.id,
      dueOn: "2099-01-01",
    });
  }
}
const dataset = b.build();
const sec = callerFor(["branch_secretary"], secretary.id, "secretary");
const otherSec = callerFor(["branch_secretary"], otherSecretary.id, "other-secretary");
const colAdmin = callerFor(["college_admin"], collegeAdmin.id, "college-admin");
const zhongyingCaller = callerFor(["college_admin"], zhongyingAdmin.id, "zhongying-admin");
const charge = callerFor(["counselor"], inCharge.id, "in-charge");
const strangerCaller = callerFor(["counselor"], stranger.id, "stranger");
const studentCaller = callerFor(["student"], student.id, "student");
const NOBODY = "00000000-0000-4000-8000-0000000000aa";

/** A date `days` after today on campus. */
function dayAfter(days: number): string {
  const d = new Date(`${today()}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const problemIn = (unitId: string, extra: Record<string, unknown> = {}) => ({
  input: {
    list: "PROBLEM" as const,
    title: "宿舍学风建设",
    unitId,
    inChargeId: inCharge.id,
    dueOn: dayAfter(30),
    ...extra,
  },
});

describe("governance: three lists, five levels, secretaries' meetings", () => {
  let stack: StackHarness;
  const count = async (table: string) =>
    (
      await (stack.subgraphs.organisation.orm.em.fork() as EntityManager)
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from organisation.${table}`)
    )[0]?.n;
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  it("links a problem, its measure and the responsibility carrying it out, and refuses a wrong link", async () => {
    const problem = expectData(
      await gatewayQuery(stack, CREATE, problemIn(branch.id), sec),
    ).createWorkItem;
    expect(problem).toMatchObject({
      list: "PROBLEM",
      status: "OPEN",
      level: "RESPONSIBLE_UNIT",
      inCharge: { name: "陈晓燕" },
      parent: null,
    });
    const measure = expectData(
      await gatewayQuery(
        stack,
        CREATE,
        problemIn(branch.id, { list: "MEASURE", parentId: problem.id, title: "党员结对帮扶" }),
        sec,
      ),
    ).createWorkItem;
    const duty = expectData(
      await gatewayQuery(
        stack,
        CREATE,
        problemIn(branch.id, {
          list: "RESPONSIBILITY",
          parentId: measure.id,
          title: "每周走访",
          level: "LEAD_DEPARTMENT",
        }),
        sec,
      ),
    ).createWorkItem;
    expect(duty).toMatchObject({ parent: { id: measure.id }, level: "LEAD_DEPARTMENT" });
    const chain = expectData(
      await gatewayQuery(stack, LISTS, { filter: { unitId: branch.id, list: "PROBLEM" } }, sec),
    ).workItems.edges.find((e) => e.node.id === problem.id)?.node;
    expect(chain?.children).toEqual([{ title: "党员结对帮扶", children: [{ title: "每周走访" }] }]);

    const before = await count("work_item");
    const refused: [Record<string, unknown>, string][] = [
      [{ list: "MEASURE" }, "input.parentId"],
      [{ list: "RESPONSIBILITY", parentId: problem.id }, "input.parentId"],
      [{ list: "PROBLEM", parentId: problem.id }, "input.parentId"],
      [{ dueOn: "2020-01-01" }, "input.dueOn"],
      [{ inChargeId: NOBODY }, "input.inChargeId"],
      [{ unitId: NOBODY }, "input.unitId"],
    ];
    for (const [extra, field] of refused) {
      const res = await gatewayQuery(stack, CREATE, problemIn(branch.id, extra), sec);
      expect([codeOf(res), res.errors?.[0]?.extensions?.field], JSON.stringify(extra)).toEqual([
        "BAD_USER_INPUT",
        field,
      ]);
    }
    expect(await count("work_item")).toBe(before);
  });

  it("lets a secretary work in their branch, a college administrator in their college, an administrator anywhere", async () => {
    const ok = [
      [sec, branch.id],
      [colAdmin, college.id],
      [zhongyingCaller, linkedGeneral.id],
      [zhongyingCaller, linkedBranch.id],
      [callers.admin(), committee.id],
    ] as const;
    for (const [caller, unitId] of ok) {
      const res = await gatewayQuery(stack, CREATE, problemIn(unitId), caller);
      expect(res.errors, caller.name).toBeUndefined();
    }
    const before = await count("work_item");
    const forbidden = [
      [otherSec, branch.id],
      [sec, general.id],
      [colAdmin, branch.id],
      [colAdmin, linkedGeneral.id],
      [zhongyingCaller, general.id],
      [zhongyingCaller, branch.id],
      [charge, branch.id],
      [studentCaller, branch.id],
    ] as const;
    for (const [caller, unitId] of forbidden) {
      const res = await gatewayQuery(stack, CREATE, problemIn(unitId), caller);
      expect(codeOf(res), `${caller.name} in ${unitId}`).toBe("FORBIDDEN");
    }
    expect(await count("work_item")).toBe(before);
  });

  it("moves an item through its state machine, each move kept with who and when, and refuses what it does not allow", async () => {
    const item = expectData(
      await gatewayQuery(stack, CREATE, problemIn(branch.id), sec),
    ).createWorkItem;
    const move = (
      status: "IN_PROGRESS" | "DONE" | "CANCELLED" | "OPEN",
      as = charge,
      note?: string,
    ) => gatewayQuery(stack, MOVE, { input: { itemId: item.id, status, note } }, as);
    expect(codeOf(await move("IN_PROGRESS", strangerCaller))).toBe("FORBIDDEN");
    expect(codeOf(await move("IN_PROGRESS", otherSec))).toBe("FORBIDDEN");
    expect(codeOf(await move("OPEN"))).toBe("CONFLICT");
    expect(codeOf(await move("CANCELLED"))).toBe("BAD_USER_INPUT");
    expect(expectData(await move("IN_PROGRESS")).moveWorkItem.status).toBe("IN_PROGRESS");
    const done = expectData(await move("DONE", sec, "已完成走访")).moveWorkItem;
    expect(done.transitions.map((t) => [t.fromStatus, t.toStatus, t.by?.name, t.note])).toEqual([
      [null, "OPEN", "周静", ""],
      ["OPEN", "IN_PROGRESS", "陈晓燕", ""],
      ["IN_PROGRESS", "DONE", "周静", "已完成走访"],
    ]);
    expect(done.transitions.every((t) => !Number.isNaN(Date.parse(String(t.createdAt))))).toBe(
      true,
    );
    const again = await move("IN_PROGRESS");
    expect([codeOf(again), again.errors?.[0]?.extensions?.from]).toEqual(["CONFLICT", "DONE"]);
    expect(codeOf(await move("CANCELLED", sec, "重复"))).toBe("CONFLICT");
    const change = await gatewayQuery(
      stack,
      CHANGE,
      { input: { itemId: item.id, title: "改" } },
      sec,
    );
    expect(codeOf(change)).toBe("CONFLICT");
  });

  it("keeps dated follow-up notes from the person in charge and the unit's officers, while the item is open", async () => {
    const item = expectData(
      await gatewayQuery(stack, CREATE, problemIn(branch.id), sec),
    ).createWorkItem;
    const note = (as: ReturnType<typeof callerFor>, text: string, on?: string) =>
      gatewayQuery(stack, FOLLOW_UP, { input: { itemId: item.id, note: text, on } }, as);
    expect(codeOf(await note(strangerCaller, "路过"))).toBe("FORBIDDEN");
    expect(codeOf(await note(charge, "未来", dayAfter(3)))).toBe("BAD_USER_INPUT");
    expect(codeOf(await note(charge, " "))).toBe("BAD_USER_INPUT");
    expect(expectData(await note(charge, "已约谈", "2026-03-01")).addWorkItemFollowUp).toBeTruthy();
    const last = expectData(await note(sec, "已督促")).addWorkItemFollowUp;
    expect(last.followUps.map((f) => [f.on, f.note, f.by?.name])).toEqual([
      ["2026-03-01", "已约谈", "陈晓燕"],
      [today(), "已督促", "周静"],
    ]);
    await gatewayQuery(
      stack,
      MOVE,
      { input: { itemId: item.id, status: "CANCELLED", note: "合并" } },
      sec,
    );
    expect(codeOf(await note(charge, "晚了"))).toBe("CONFLICT");
  });

  it("shows each caller the lists and the overdue board they are responsible for", async () => {
    const ids = async (as: ReturnType<typeof callerFor>, mine?: boolean) =>
      expectData(await gatewayQuery(stack, OVERDUE, { mine }, as)).overdueWorkItems.edges.map(
        (e) => e.node.id,
      );
    expect(await ids(sec)).toEqual([overdueA.id]);
    expect(await ids(otherSec)).toEqual([overdueB.id]);
    expect(await ids(charge)).toEqual([overdueA.id]);
    expect(await ids(charge, true)).toEqual([overdueA.id]);
    expect(await ids(sec, true)).toEqual([]);
    expect(await ids(colAdmin)).toEqual([]);
    expect(await ids(studentCaller)).toEqual([]);
    expect(await ids(callers.admin())).toEqual([atTop.id, overdueA.id, overdueB.id]);
    // Another branch's item is not told to exist.
    expect(codeOf(await gatewayQuery(stack, ITEM, { id: overdueA.id }, otherSec))).toBe(
      "NOT_FOUND",
    );
    const theirs = expectData(await gatewayQuery(stack, LISTS, { first: 100 }, otherSec)).workItems;
    expect(theirs.edges.map((e) => e.node.id)).toEqual([overdueB.id]);
  });

  it("escalates an overdue item one level up per missed deadline, once however often it runs", async () => {
    const organisation = subgraphModules.find((m) => m.definition.name === "organisation");
    const job = organisation?.definition.jobs?.find((j) => j.name === "escalate-work-items");
    expect(job?.everySeconds).toBe(3600);
    // The job as the queue runs it: the platform's own context.
    const runJob = () => {
      const em = stack.subgraphs.organisation.orm.em.fork() as EntityManager;
      const caller = { subject: "system:test", personId: null, name: "job", roles: [] };
      return job?.run(
        {
          em,
          loaders: organisation?.definition.createLoaders(em),
          caller,
          access: new Access(caller, EMPTY_SCOPE),
          audit: new AuditTrail(),
          system: true,
          requestId: "job:test",
          log: undefined,
          graph: "unchecked",
        } as never,
        new Date(),
        {
          id: "test",
          trigger: "SCHEDULE",
          startedBy: null,
          attempt: 1,
          maxAttempts: 3,
          scheduledFor: null,
          retryDelaySeconds: 30,
        },
      );
    };
    expect(await runJob()).toEqual({ asOf: today(), escalated: 2 });
    expect(await runJob()).toEqual({ asOf: today(), escalated: 0 });
    const escalate = (asOf?: string, as = callers.admin()) =>
      gatewayQuery(stack, ESCALATE, { asOf }, as);
    expect(expectData(await escalate()).escalateOverdueWorkItems.escalated).toBe(0);
    const a = async () => expectData(await gatewayQuery(stack, ITEM, { id: overdueA.id })).workItem;
    expect(await a()).toMatchObject({
      level: "LEAD_DEPARTMENT",
      overdue: true,
      escalations: [
        { dueOn: "2026-01-10", fromLevel: "RESPONSIBLE_UNIT", toLevel: "LEAD_DEPARTMENT" },
      ],
    });
    const b2 = expectData(await gatewayQuery(stack, ITEM, { id: overdueB.id })).workItem;
    expect(b2.level).toBe("LEADER_STUDY");
    const top = expectData(await gatewayQuery(stack, ITEM, { id: atTop.id })).workItem;
    expect([top.level, top.escalations]).toEqual(["STANDING_COMMITTEE", []]);

    // A new deadline, missed again: one more level, once.
    expect(
      (
        await gatewayQuery(
          stack,
          CHANGE,
          { input: { itemId: overdueA.id, dueOn: dayAfter(1) } },
          sec,
        )
      ).errors,
    ).toBeUndefined();
    expect((await a()).overdue).toBe(false);
    const later = dayAfter(3);
    // Only A's new deadline is newly missed: B's and the top item's are done with.
    expect(expectData(await escalate(later)).escalateOverdueWorkItems).toEqual({
      asOf: later,
      escalated: 1,
    });
    expect(expectData(await escalate(later)).escalateOverdueWorkItems.escalated).toBe(0);
    expect((await a()).escalations.map((e) => [e.fromLevel, e.toLevel])).toEqual([
      ["RESPONSIBLE_UNIT", "LEAD_DEPARTMENT"],
      ["LEAD_DEPARTMENT", "LEADER_STUDY"],
    ]);
    for (const as of [sec, colAdmin, charge])
      expect(codeOf(await escalate(later, as)), as.name).toBe("FORBIDDEN");
  });

  it("holds secretaries' meetings at two levels, makes decisions work items, and locks signed-off minutes", async () => {
    const meetingInput = (extra: Record<string, unknown> = {}) => ({
      input: {
        level: "BRANCH" as const,
        unitId: branch.id,
        heldOn: "2026-03-10",
        topic: "第2次书记例会",
        chairId: secretary.id,
        attendeeIds: [inCharge.id, stranger.id],
        ...extra,
      },
    });
    const before = await count("secretary_meeting");
    expect(
      codeOf(await gatewayQuery(stack, CREATE_MEETING, meetingInput({ level: "COLLEGE" }), sec)),
    ).toBe("BAD_USER_INPUT");
    expect(
      codeOf(
        await gatewayQuery(stack, CREATE_MEETING, meetingInput({ attendeeIds: [NOBODY] }), sec),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(codeOf(await gatewayQuery(stack, CREATE_MEETING, meetingInput(), otherSec))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await gatewayQuery(stack, CREATE_MEETING, meetingInput(), charge))).toBe(
      "FORBIDDEN",
    );
    expect(await count("secretary_meeting")).toBe(before);
    // A college-level meeting of the college, by its administrator.
    const collegeMeeting = await gatewayQuery(
      stack,
      CREATE_MEETING,
      meetingInput({ level: "COLLEGE", unitId: college.id, chairId: collegeAdmin.id }),
      colAdmin,
    );
    expect(expectData(collegeMeeting).createSecretaryMeeting.level).toBe("COLLEGE");

    const meeting = expectData(
      await gatewayQuery(stack, CREATE_MEETING, meetingInput(), sec),
    ).createSecretaryMeeting;
    expect(meeting).toMatchObject({ locked: false, chair: { name: "周静" } });
    expect(meeting.attendees.map((a) => a.name).sort()).toEqual(["孙伟", "陈晓燕"]);
    const decision = expectData(
      await gatewayQuery(
        stack,
        CREATE,
        problemIn(branch.id, { title: "例会决定：开展学风督查", meetingId: meeting.id }),
        sec,
      ),
    ).createWorkItem;
    expect(decision.meeting).toEqual({ id: meeting.id });
    expect(
      codeOf(await gatewayQuery(stack, SIGN_OFF, { id: meeting.id }, sec)),
      "empty minutes",
    ).toBe("BAD_USER_INPUT");
    expect(
      (
        await gatewayQuery(
          stack,
          MINUTES,
          { input: { meetingId: meeting.id, minutes: "决定开展学风督查" } },
          sec,
        )
      ).errors,
    ).toBeUndefined();
    expect(codeOf(await gatewayQuery(stack, SIGN_OFF, { id: meeting.id }, otherSec))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await gatewayQuery(stack, SIGN_OFF, { id: meeting.id }, charge))).toBe(
      "FORBIDDEN",
    );
    const signed = expectData(
      await gatewayQuery(stack, SIGN_OFF, { id: meeting.id }, sec),
    ).signOffMeetingMinutes;
    expect(signed).toMatchObject({ locked: true, signedOffBy: { name: "周静" } });

    const items = await count("work_item");
    const locked = [
      await gatewayQuery(
        stack,
        MINUTES,
        { input: { meetingId: meeting.id, minutes: "改写" } },
        sec,
      ),
      await gatewayQuery(
        stack,
        MINUTES,
        { input: { meetingId: meeting.id, minutes: "改写" } },
        callers.admin(),
      ),
      await gatewayQuery(stack, CREATE, problemIn(branch.id, { meetingId: meeting.id }), sec),
      await gatewayQuery(stack, SIGN_OFF, { id: meeting.id }, sec),
      await gatewayQuery(stack, CREATE, problemIn(branch.id, { meetingId: signedMeeting.id }), sec),
    ];
    expect(locked.map(codeOf)).toEqual(Array(5).fill("CONFLICT"));
    expect(await count("work_item")).toBe(items);
    const after = expectData(
      await gatewayQuery(stack, MEETING, { id: meeting.id }, sec),
    ).secretaryMeeting;
    expect(after).toMatchObject({
      minutes: "决定开展学风督查",
      locked: true,
      decisions: [{ title: "例会决定：开展学风督查" }],
    });
    // Attendees see the meeting; others are not told it exists.
    expect(
      (await gatewayQuery(stack, MEETING, { id: meeting.id }, strangerCaller)).errors,
    ).toBeUndefined();
    expect(codeOf(await gatewayQuery(stack, MEETING, { id: meeting.id }, otherSec))).toBe(
      "NOT_FOUND",
    );
    const listed = expectData(await gatewayQuery(stack, MEETINGS, {}, otherSec)).secretaryMeetings;
    expect(listed.totalCount).toBe(0);
  });

  it("answers the lists in the same number of statements for 2 problems as for 20", async () => {
    const run = async (unitId: string) => {
      const counters = stack.subgraphs.organisation.statements;
      const before = counters.count;
      const res = await gatewayQuery(stack, LISTS, { filter: { unitId }, first: 100 });
      return { statements: counters.count - before, res };
    };
    const few = await run(small.id);
    const many = await run(large.id);
    expect(errorsOf(few.res)).toEqual([]);
    expect(errorsOf(many.res)).toEqual([]);
    expect(expectData(few.res).workItems.totalCount).toBe(6);
    expect(expectData(many.res).workItems.totalCount).toBe(60);
    const node = expectData(many.res).workItems.edges.find((e) => e.node.list === "PROBLEM")?.node;
    expect(node).toMatchObject({
      followUps: [{ note: "已走访" }],
      meeting: { topic: "统计例会" },
      transitions: [{ toStatus: "OPEN", by: null }],
    });
    expect(node?.meeting?.attendees).toHaveLength(2);
    expect(many.statements).toBe(few.statements);
  });
});
