/**
 * Warnings that explain what the caller may do, assessing with a note, bulk assignment and the
 * notifications the same service calls write. (Whether an assignee's duty covers the student is
 * asked of the graph; that refusal is tested through the gateway, infra/test/casework-duty.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import { today } from "@campus/subgraph";
import { noticeMeasures } from "../src/notification/notification.service";
import { evaluationEm, evaluationKnex } from "./support";

const ADVANCE = graphql(`
  mutation NoticeAdvance($id: ID!, $to: WarningStatus!, $note: String) {
    advanceWarning(warningId: $id, to: $to, note: $note) {
      id
      status
    }
  }
`);
const ASSIGN_MANY = graphql(`
  mutation NoticeAssignMany($input: AssignWarningsInput!) {
    assignWarnings(input: $input) {
      id
      status
      assignee {
        id
      }
    }
  }
`);
const ADVANCE_MANY = graphql(`
  mutation NoticeAdvanceMany($input: AdvanceWarningsInput!) {
    advanceWarnings(input: $input) {
      id
      status
    }
  }
`);
const ACTIONS = graphql(`
  query NoticeActions($id: ID!) {
    warning(id: $id) {
      id
      availableActions
    }
  }
`);
const MINE = graphql(`
  query NoticeMine($unreadOnly: Boolean) {
    unreadNotificationCount
    myNotifications(first: 20, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          read
          warningId
          caseId
          measureId
          by {
            id
          }
        }
      }
    }
  }
`);
const MARK_READ = graphql(`
  mutation NoticeMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
const ADD_MEMBER = graphql(`
  mutation NoticeAddMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
    }
  }
`);

const CLOSE_TO_CASE = graphql(`
  mutation NoticeCloseToCase($input: CloseWarningInput!) {
    closeWarning(input: $input) {
      id
      status
      cases {
        id
        source
        kind
      }
    }
  }
`);
const ESCALATE = graphql(`
  mutation NoticeEscalate($asOf: DateTimeISO!) {
    escalateOverdueWarnings(asOf: $asOf) {
      escalated
    }
  }
`);
const RECORD_TALK = graphql(`
  mutation NoticeRecordTalk($input: RecordTalkInput!) {
    recordTalk(input: $input) {
      id
      summary
    }
  }
`);
const TALKS = graphql(`
  query NoticeTalks($id: ID!) {
    warning(id: $id) {
      id
      talks {
        id
        talkedAt
        summary
        by {
          id
        }
      }
    }
  }
`);

describe("evaluation: casework actions and notifications", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("casework-notifications");
  const student = b.student({ name: "王子涵" });
  const other = b.student({ name: "李浩然" });
  const counselor = b.staff({ name: "陈晓燕" });
  const colleague = b.staff({ name: "赵敏" });
  const bystander = b.staff({ name: "孙伟" });
  const assigned = b.warning(student, { status: "ASSIGNED", summary: "to be assessed" });
  const open = b.warning(student, { status: "OPEN", summary: "open, for actions" });
  const bulk = [1, 2, 3].map((i) => b.warning(student, { status: "OPEN", summary: `bulk ${i}` }));
  const closed = b.warning(student, { status: "CLOSED", outcome: "RESOLVED", summary: "closed" });
  const tracked = b.warning(student, {
    status: "TRACKING",
    category: "FINANCIAL",
    summary: "tracked, to a case",
  });
  const mixed = b.warning(student, { status: "OPEN", summary: "with a closed one" });
  const toAssess = [1, 2].map((i) =>
    b.warning(student, { status: "ASSIGNED", summary: `to assess together ${i}` }),
  );
  const notYetAssigned = b.warning(student, { status: "OPEN", summary: "not assigned yet" });
  const kase = b.assistanceCase(student, counselor, { status: "DISCOVERED" });
  // A case being worked, with measures of a responsible colleague: one overdue, one due soon, one not yet.
  const worked = b.assistanceCase(other, counselor, { status: "ASSISTING" });
  const measureOwner = b.staff({ name: "吴海涛" });
  const shift = (days: number) => {
    const d = new Date(`${today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const overdue = b.caseMeasure(worked, measureOwner, { dueOn: shift(-2) });
  const dueSoon = b.caseMeasure(worked, measureOwner, { dueOn: shift(2) });
  b.caseMeasure(worked, measureOwner, { dueOn: shift(10) });

  const scope: ExecuteOptions = {
    scope: { students: { counselor: [student.id, other.id] } },
  };
  const gridScope: ExecuteOptions = { scope: { students: { grid_leader: [student.id] } } };
  const asCounselor = callers.counselor(counselor.id);
  const asColleague = callers.counselor(colleague.id);
  const asBystander = callers.counselor(bystander.id);

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const stored = async (id: string) => {
    const knex = evaluationKnex(harness);
    const [row] = await knex
      .withSchema("evaluation")
      .table("warning")
      .where({ id })
      .select<{ status: string; assignee_id: string | null; version: number }[]>(
        "status",
        "assignee_id",
        "version",
      );
    const steps = await knex
      .withSchema("evaluation")
      .table("warning_transition")
      .where({ warning_id: id })
      .count<{ count: string }[]>({ count: "*" });
    return { ...row, steps: Number(steps[0].count) };
  };

  it("refuses assessing (研判) without a note, and changes nothing", async () => {
    const before = await stored(assigned.id);
    for (const note of [undefined, "", "   "]) {
      const res = await subgraphQuery(
        harness,
        "evaluation",
        ADVANCE,
        { id: assigned.id, to: "ASSESSED", note },
        asCounselor,
        scope,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("note");
      expect(res.data?.advanceWarning ?? null).toBeNull();
    }
    expect(await stored(assigned.id)).toEqual(before);
    const ok = await subgraphQuery(
      harness,
      "evaluation",
      ADVANCE,
      { id: assigned.id, to: "ASSESSED", note: "学业困难，需约谈" },
      asCounselor,
      scope,
    );
    expect(expectData(ok).advanceWarning.status).toBe("ASSESSED");
  });

  it("offers only the actions the caller's duty allows", async () => {
    const mine = await subgraphQuery(
      harness,
      "evaluation",
      ACTIONS,
      { id: open.id },
      asCounselor,
      scope,
    );
    expect(expectData(mine).warning?.availableActions).toEqual([
      "ASSIGN",
      "RECORD_TALK",
      "REFER_TO_PSYCHOLOGY",
    ]);
    const tracking = await subgraphQuery(
      harness,
      "evaluation",
      ACTIONS,
      { id: closed.id },
      asCounselor,
      scope,
    );
    expect(expectData(tracking).warning?.availableActions).toEqual([]);
    // A grid leader sees the warning but may not work it: nothing is offered.
    const grid = await subgraphQuery(
      harness,
      "evaluation",
      ACTIONS,
      { id: open.id },
      callers.counselor(bystander.id),
      gridScope,
    );
    expect(expectData(grid).warning?.availableActions).toEqual([]);
  });

  it("assigns several warnings at once, notifying the assignee and nobody else", async () => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      ASSIGN_MANY,
      { input: { warningIds: bulk.map((w) => w.id), assigneeId: colleague.id, note: "请跟进" } },
      asCounselor,
      scope,
    );
    expect(expectData(res).assignWarnings.map((w) => [w.id, w.status, w.assignee?.id])).toEqual(
      bulk.map((w) => [w.id, "ASSIGNED", colleague.id]),
    );

    const theirs = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asColleague, {}),
    );
    expect(theirs.unreadNotificationCount).toBe(3);
    expect(
      theirs.myNotifications.edges.map((e) => [e.node.kind, e.node.warningId, e.node.by?.id]),
    ).toEqual(expect.arrayContaining(bulk.map((w) => ["ASSIGNED", w.id, counselor.id])));
    // Not the one who assigned, not a bystander.
    for (const as of [asCounselor, asBystander]) {
      const none = expectData(await subgraphQuery(harness, "evaluation", MINE, {}, as, {}));
      expect(none.unreadNotificationCount).toBe(0);
      expect(none.myNotifications.totalCount).toBe(0);
    }
  });

  it("marks only the caller's own notifications read", async () => {
    const theirs = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asColleague, {}),
    );
    const ids = theirs.myNotifications.edges.map((e) => e.node.id);
    const [first] = ids;
    // Someone else's ids change nothing.
    const stranger = await subgraphQuery(
      harness,
      "evaluation",
      MARK_READ,
      { ids },
      asBystander,
      {},
    );
    expect(expectData(stranger).markNotificationsRead).toEqual([]);
    const own = await subgraphQuery(
      harness,
      "evaluation",
      MARK_READ,
      { ids: [first] },
      asColleague,
      {},
    );
    expect(expectData(own).markNotificationsRead).toEqual([first]);
    const after = expectData(
      await subgraphQuery(harness, "evaluation", MINE, { unreadOnly: true }, asColleague, {}),
    );
    expect(after.unreadNotificationCount).toBe(ids.length - 1);
    expect(after.myNotifications.edges.map((e) => e.node.id)).not.toContain(first);
  });

  it("assigns all or nothing: one closed warning refuses the call, naming it, and nothing changes", async () => {
    const before = [await stored(mixed.id), await stored(closed.id)];
    const countBefore = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asBystander, {}),
    ).myNotifications.totalCount;
    const res = await subgraphQuery(
      harness,
      "evaluation",
      ASSIGN_MANY,
      { input: { warningIds: [mixed.id, closed.id], assigneeId: bystander.id } },
      asCounselor,
      scope,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.warningId).toBe(closed.id);
    expect([await stored(mixed.id), await stored(closed.id)]).toEqual(before);
    const countAfter = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asBystander, {}),
    ).myNotifications.totalCount;
    expect(countAfter).toBe(countBefore);
  });

  it("advances several warnings the same step at once, all or nothing, each with its history", async () => {
    const ids = toAssess.map((w) => w.id);
    const before = await Promise.all([...ids, notYetAssigned.id].map(stored));
    const advance = (warningIds: string[], note?: string) =>
      subgraphQuery(
        harness,
        "evaluation",
        ADVANCE_MANY,
        { input: { warningIds, to: "ASSESSED", note } },
        asCounselor,
        scope,
      );
    // An OPEN warning cannot be assessed: the whole call is refused, naming it.
    const mixedCall = await advance([...ids, notYetAssigned.id], "同一宿舍，一并研判");
    expect(mixedCall.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixedCall.errors?.[0]?.extensions?.warningId).toBe(notYetAssigned.id);
    // Assessing needs a note, in bulk too.
    const noNote = await advance(ids, "  ");
    expect(noNote.errors?.[0]?.extensions?.field).toBe("note");
    const tooMany = await advance(
      Array.from(
        { length: 101 },
        (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      ),
      "太多",
    );
    expect(tooMany.errors?.[0]?.extensions?.field).toBe("warningIds");
    expect(await Promise.all([...ids, notYetAssigned.id].map(stored))).toEqual(before);

    const ok = await advance(ids, "同一宿舍，一并研判");
    expect(expectData(ok).advanceWarnings.map((w) => [w.id, w.status])).toEqual(
      ids.map((id) => [id, "ASSESSED"]),
    );
    const after = await Promise.all(ids.map(stored));
    after.forEach((row, i) => {
      expect(row.status).toBe("ASSESSED");
      expect(row.steps).toBe(before[i].steps + 1);
    });
  });

  it("tells a colleague added to a task force", async () => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      ADD_MEMBER,
      { input: { caseId: kase.id, memberId: bystander.id, duty: "学业帮扶", lead: false } },
      asCounselor,
      scope,
    );
    expectData(res);
    const theirs = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asBystander, {}),
    );
    expect(theirs.myNotifications.edges.map((e) => [e.node.kind, e.node.caseId])).toEqual([
      ["TASK_FORCE", kase.id],
    ]);
  });

  it("keeps talk records with the warning: recorded by those who work it, summaries for CARE only", async () => {
    const input = {
      warningId: open.id,
      talkedAt: "2026-11-20T06:00:00.000Z",
      summary: "谈心：近期作息紊乱，约定每周见面",
    };
    const recorded = await subgraphQuery(
      harness,
      "evaluation",
      RECORD_TALK,
      { input },
      asCounselor,
      scope,
    );
    expect(expectData(recorded).recordTalk.summary).toBe(input.summary);
    // A grid leader sees the warning, but may not record talks and reads no summaries.
    const refused = await subgraphQuery(
      harness,
      "evaluation",
      RECORD_TALK,
      { input },
      asBystander,
      gridScope,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const grid = await subgraphQuery(
      harness,
      "evaluation",
      TALKS,
      { id: open.id },
      asBystander,
      gridScope,
    );
    expect(grid.data?.warning?.talks.map((t) => t.summary)).toEqual([null]);
    expect(grid.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const counselorView = expectData(
      await subgraphQuery(harness, "evaluation", TALKS, { id: open.id }, asCounselor, scope),
    );
    expect(counselorView.warning?.talks.map((t) => [t.summary, t.by?.id])).toEqual([
      [input.summary, counselor.id],
    ]);
    // Staff whose duty does not cover the student see neither the warning nor its talks.
    const outside = await subgraphQuery(
      harness,
      "evaluation",
      TALKS,
      { id: open.id },
      asBystander,
      {
        scope: { students: { counselor: [other.id] } },
      },
    );
    expect(outside.data?.warning ?? null).toBeNull();
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Exactly one of a warning and a case.
    const both = await subgraphQuery(
      harness,
      "evaluation",
      RECORD_TALK,
      { input: { ...input, caseId: kase.id } },
      asCounselor,
      scope,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("tells a measure's responsible person once when it is due soon and when it is overdue", async () => {
    const em = evaluationEm(harness);
    expect(await noticeMeasures(em, today())).toBe(2);
    expect(await noticeMeasures(em, today())).toBe(0); // the job's next run: nothing twice
    const theirs = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, callers.counselor(measureOwner.id), {}),
    );
    expect(theirs.unreadNotificationCount).toBe(2);
    expect(
      theirs.myNotifications.edges
        .map((e) => [e.node.kind, e.node.caseId, e.node.measureId])
        .sort(),
    ).toEqual([
      ["MEASURE_DUE_SOON", worked.id, dueSoon.id],
      ["MEASURE_OVERDUE", worked.id, overdue.id],
    ]);
  });

  it("closing a warning as referred to a case opens one from it, in the same step", async () => {
    const res = await subgraphQuery(
      harness,
      "evaluation",
      CLOSE_TO_CASE,
      { input: { warningId: tracked.id, outcome: "REFERRED_TO_CASE", note: "转入帮扶个案" } },
      asCounselor,
      scope,
    );
    const closed = expectData(res).closeWarning;
    expect(closed.status).toBe("CLOSED");
    expect(closed.cases?.map((c) => [c.source, c.kind])).toEqual([["WARNING", "ECONOMIC"]]);
  });

  it("tells the one working a warning when it is escalated, and nobody else", async () => {
    const bystanderBefore = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asBystander, {}),
    ).myNotifications.totalCount;
    const run = await subgraphQuery(
      harness,
      "evaluation",
      ESCALATE,
      { asOf: "2099-01-01T00:00:00.000Z" },
      callers.admin(),
      {},
    );
    expect(expectData(run).escalateOverdueWarnings.escalated).toBeGreaterThan(0);
    const theirs = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asColleague, {}),
    );
    const escalated = theirs.myNotifications.edges
      .filter((e) => e.node.kind === "ESCALATED")
      .map((e) => e.node.warningId)
      .sort();
    expect(escalated).toEqual(bulk.map((w) => w.id).sort());
    const bystanderAfter = expectData(
      await subgraphQuery(harness, "evaluation", MINE, {}, asBystander, {}),
    ).myNotifications.totalCount;
    expect(bystanderAfter).toBe(bystanderBefore);
  });
});
