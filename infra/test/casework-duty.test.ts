/**
 * Handing a warning to a colleague: the assignee's duty must cover the student, which evaluation
 * cannot know alone (assignments are people's, residences organisation's). It asks the gateway's
 * relay (`staffDuty`), which answers from the same scope resolution it signs for that colleague's
 * own requests. Through the real gateway and all four subgraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";

const ASSIGN = `mutation ($input: AssignWarningInput!) { assignWarning(input: $input) { id status assignee { id } } }`;
const BULK = `mutation ($input: AssignWarningsInput!) { assignWarnings(input: $input) { id } }`;
const MINE = `{ unreadNotificationCount myNotifications(first: 5) { edges { node { kind warningId } } } }`;
const STORED = `query ($id: ID!) { warning(id: $id) { status assignee { id } } }`;

const b = new DatasetBuilder("casework-duty");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id, cohort: 2024 });
const otherClass = b.studentClass({ name: "电气2402班", schoolId: school.id, cohort: 2024 });
const student = b.student({ name: "王子涵", schoolId: school.id, classId: klass.id });
const counselor = b.staff({ name: "陈晓燕" });
const adviser = b.staff({ name: "王立新" });
const otherAdviser = b.staff({ name: "周静" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(adviser, "CLASS_ADVISER", "CLASS", klass.id);
b.assign(otherAdviser, "CLASS_ADVISER", "CLASS", otherClass.id);
const academic = b.warning(student, { status: "OPEN", category: "ACADEMIC", summary: "学业" });
const second = b.warning(student, { status: "OPEN", category: "BEHAVIOUR", summary: "晚归" });
const mental = b.warning(student, { status: "OPEN", category: "MENTAL_HEALTH", summary: "心理" });

describe("assigning a warning to a colleague, checked through the graph", () => {
  let stack: StackHarness;
  const asCounselor = callerFor(["counselor"], counselor.id, counselor.name);

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: b.build() });
  }, 60_000);
  afterAll(() => stack?.stop());

  const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  it("refuses a colleague whose duty does not cover the student, and changes nothing", async () => {
    const refused = await stack.query(
      ASSIGN,
      { input: { warningId: academic.id, assigneeId: otherAdviser.id } },
      asCounselor,
    );
    expect(code(refused)).toBe("FORBIDDEN");
    const stored = await stack.query<{ warning: unknown }>(
      STORED,
      { id: academic.id },
      asCounselor,
    );
    expect(stored.data?.warning).toEqual({ status: "OPEN", assignee: null });
    const theirs = await stack.query<{ unreadNotificationCount: number }>(
      MINE,
      {},
      callerFor(["class_adviser"], otherAdviser.id, otherAdviser.name),
    );
    expect(theirs.data?.unreadNotificationCount).toBe(0);
  });

  it("refuses a MENTAL_HEALTH warning to a colleague without MENTAL_HEALTH (a class adviser)", async () => {
    const refused = await stack.query(
      ASSIGN,
      { input: { warningId: mental.id, assigneeId: adviser.id } },
      asCounselor,
    );
    expect(code(refused)).toBe("FORBIDDEN");
  });

  it("hands it to the class adviser, who covers the student, and tells them", async () => {
    const done = await stack.query<{ assignWarning: { status: string; assignee: { id: string } } }>(
      ASSIGN,
      { input: { warningId: academic.id, assigneeId: adviser.id, note: "请班主任跟进" } },
      asCounselor,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.assignWarning).toMatchObject({
      status: "ASSIGNED",
      assignee: { id: adviser.id },
    });
    const theirs = await stack.query<{
      unreadNotificationCount: number;
      myNotifications: { edges: { node: { kind: string; warningId: string } }[] };
    }>(MINE, {}, callerFor(["class_adviser"], adviser.id, adviser.name));
    expect(theirs.data?.unreadNotificationCount).toBe(1);
    expect(theirs.data?.myNotifications.edges.map((e) => e.node)).toEqual([
      { kind: "ASSIGNED", warningId: academic.id },
    ]);
  });

  it("refuses a bulk assignment as a whole when the assignee does not cover the student", async () => {
    const refused = await stack.query(
      BULK,
      { input: { warningIds: [second.id], assigneeId: otherAdviser.id } },
      asCounselor,
    );
    expect(code(refused)).toBe("FORBIDDEN");
    expect(refused.errors?.[0]?.extensions?.warningId).toBe(second.id);
    const stored = await stack.query<{ warning: unknown }>(STORED, { id: second.id }, asCounselor);
    expect(stored.data?.warning).toEqual({ status: "OPEN", assignee: null });
  });
});
