/**
 * 同学反映: a student reports a classmate, named by student number and name (people answers
 * through the gateway's relay, so there is still no directory), optionally without being named
 * to staff; the staff who look after the classmate triage it; the classmate never sees it.
 * Through the real gateway and all four subgraphs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";

const SUBMIT = `mutation ($input: SubmitPeerReportInput!) { submitPeerReport(input: $input) { id status anonymous } }`;
const MINE = `{ myPeerReports { id status concern } }`;
const QUEUE = `query ($status: PeerReportStatus) { peerReports(first: 20, status: $status) {
  totalCount edges { node { id category concern anonymous status person { id } reporter { id name } } }
} }`;
const ONE = `query ($id: ID!) { peerReport(id: $id) { id status outcome closingNote assistanceCase { id source kind } } }`;
const TRIAGE = `mutation ($input: TriagePeerReportInput!) { triagePeerReport(input: $input) { id status outcome } }`;

const b = new DatasetBuilder("peer-reports");
const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
const inClass = { schoolId: school.id, classId: klass.id };
const reporter = b.student({ name: "林晓", ...inClass });
const classmate = b.student({ name: "周航", ...inClass });
const another = b.student({ name: "吴迪", ...inClass });
const counselor = b.staff({ name: "陈晓燕" });
const adviser = b.staff({ name: "王立新" });
b.assign(counselor, "COUNSELOR", "CLASS", klass.id);
b.assign(adviser, "CLASS_ADVISER", "CLASS", klass.id);

type Res = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const code = (res: Res) => res.errors?.[0]?.extensions?.code;

describe("peer reports (同学反映), named through the graph and triaged by the classmate's staff", () => {
  let stack: StackHarness;
  const asReporter = callerFor(["student"], reporter.id, reporter.name);
  const asClassmate = callerFor(["student"], classmate.id, classmate.name);
  const asCounselor = callerFor(["counselor"], counselor.id, counselor.name);
  const asAdviser = callerFor(["class_adviser"], adviser.id, adviser.name);
  const submit = (input: Record<string, unknown>, caller = asReporter) =>
    stack.query<{ submitPeerReport: { id: string; status: string; anonymous: boolean } }>(
      SUBMIT,
      { input: { category: "BEHAVIOUR", concern: "最近常常深夜不归", ...input } },
      caller,
    );
  type Queue = {
    peerReports: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          category: string;
          anonymous: boolean;
          reporter: { name: string } | null;
        };
      }[];
    };
  };
  const queue = async (caller = asCounselor, status?: string) => {
    const res = await stack.query<Queue>(QUEUE, { status }, caller);
    expect(res.errors).toBeUndefined();
    return res.data?.peerReports;
  };

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: b.build() });
  }, 60_000);
  afterAll(() => stack?.stop());

  it("finds nobody unless number and name both match, and writes nothing", async () => {
    const wrongName = await submit({ number: classmate.number, name: "周杭" });
    expect(code(wrongName)).toBe("BAD_USER_INPUT");
    expect(wrongName.errors?.[0]?.message).toContain("student number");
    const self = await submit({ number: reporter.number, name: reporter.name });
    expect(code(self)).toBe("BAD_USER_INPUT");
    const blank = await submit({ number: classmate.number, name: classmate.name, concern: "  " });
    expect(code(blank)).toBe("BAD_USER_INPUT");
    const staff = await submit({ number: classmate.number, name: classmate.name }, asCounselor);
    expect(code(staff)).toBe("FORBIDDEN");
    const mine = await stack.query<{ myPeerReports: unknown[] }>(MINE, {}, asReporter);
    expect(mine.data?.myPeerReports).toEqual([]);
    expect((await queue())?.totalCount).toBe(0);
  });

  it("shows staff who looked after the classmate the report, without the reporter when anonymous", async () => {
    const named = await submit({ number: classmate.number, name: classmate.name });
    expect(named.errors).toBeUndefined();
    const anonymous = await submit({
      number: ` ${classmate.number} `,
      name: classmate.name,
      anonymous: true,
      concern: "在宿舍里情绪低落",
    });
    expect(anonymous.data?.submitPeerReport).toMatchObject({
      status: "SUBMITTED",
      anonymous: true,
    });
    const seen = await queue();
    expect(seen?.totalCount).toBe(2);
    const byId = new Map(seen?.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(named.data?.submitPeerReport.id ?? "")?.reporter?.name).toBe("林晓");
    expect(byId.get(anonymous.data?.submitPeerReport.id ?? "")?.reporter).toBeNull();
    // The classmate never sees a report about them: not in a queue, not by id.
    expect((await queue(asClassmate))?.totalCount).toBe(0);
    const direct = await stack.query(ONE, { id: named.data?.submitPeerReport.id }, asClassmate);
    expect(code(direct)).toBe("FORBIDDEN");
    // The reporter follows their own reports.
    const mine = await stack.query<{ myPeerReports: { status: string }[] }>(MINE, {}, asReporter);
    expect(mine.data?.myPeerReports.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("keeps a MENTAL_HEALTH report from staff without MENTAL_HEALTH", async () => {
    const mental = await submit({
      number: another.number,
      name: another.name,
      category: "MENTAL_HEALTH",
      concern: "多次说不想活了",
    });
    expect(mental.errors).toBeUndefined();
    const id = mental.data?.submitPeerReport.id;
    const counselorSees = (await queue())?.edges.map((e) => e.node.id);
    expect(counselorSees).toContain(id);
    const adviserSees = (await queue(asAdviser))?.edges.map((e) => e.node.id);
    expect(adviserSees).not.toContain(id);
    expect(adviserSees).toHaveLength(2);
    const triage = await stack.query(
      TRIAGE,
      { input: { id, decision: "FOLLOW_UP", note: "班主任去聊聊" } },
      asAdviser,
    );
    expect(code(triage)).toBe("FORBIDDEN");
  });

  it("triages with a note: follows up, then opens an assistance case from the report", async () => {
    const report = (await queue(asCounselor, "SUBMITTED"))?.edges.find(
      (e) => e.node.category === "BEHAVIOUR" && !e.node.anonymous,
    )?.node;
    if (!report) throw new Error("no report to triage");
    const noNote = await stack.query(
      TRIAGE,
      { input: { id: report.id, decision: "FOLLOW_UP", note: " " } },
      asCounselor,
    );
    expect(code(noNote)).toBe("BAD_USER_INPUT");
    const followed = await stack.query(
      TRIAGE,
      { input: { id: report.id, decision: "FOLLOW_UP", note: "约谈室友了解情况" } },
      asCounselor,
    );
    expect(followed.errors).toBeUndefined();
    // FOLLOW_UP only from SUBMITTED.
    const again = await stack.query(
      TRIAGE,
      { input: { id: report.id, decision: "FOLLOW_UP", note: "再跟进" } },
      asCounselor,
    );
    expect(code(again)).toBe("BAD_USER_INPUT");
    const opened = await stack.query(
      TRIAGE,
      { input: { id: report.id, decision: "OPEN_CASE", note: "作息紊乱，学业受影响，开个案帮扶" } },
      asCounselor,
    );
    expect(opened.errors).toBeUndefined();
    const stored = await stack.query<{
      peerReport: {
        status: string;
        outcome: string;
        assistanceCase: { source: string; kind: string };
      };
    }>(ONE, { id: report.id }, asCounselor);
    expect(stored.data?.peerReport).toMatchObject({
      status: "CLOSED",
      outcome: "CASE_OPENED",
      closingNote: "作息紊乱，学业受影响，开个案帮扶",
      assistanceCase: { source: "PEER_REPORT", kind: "OTHER" },
    });
    const mine = await stack.query<{ myPeerReports: { id: string; status: string }[] }>(
      MINE,
      {},
      asReporter,
    );
    expect(mine.data?.myPeerReports.find((r) => r.id === report.id)?.status).toBe("CLOSED");
  });

  it("lets one of two triage decisions at once apply", async () => {
    const report = (await queue(asCounselor, "SUBMITTED"))?.edges.find(
      (e) => e.node.category === "BEHAVIOUR",
    )?.node;
    if (!report) throw new Error("no report to triage");
    const [first, second] = await Promise.all([
      stack.query(
        TRIAGE,
        { input: { id: report.id, decision: "NO_CONCERN", note: "已核实" } },
        asCounselor,
      ),
      stack.query(
        TRIAGE,
        { input: { id: report.id, decision: "RESOLVED", note: "已谈话" } },
        asAdviser,
      ),
    ]);
    const applied = [first, second].filter((res) => !res.errors);
    expect(applied).toHaveLength(1);
    const refused = [first, second].find((res) => res.errors);
    expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(refused && code(refused));
  });

  it("takes at most five reports a day from one student", async () => {
    const before = await stack.query<{ myPeerReports: unknown[] }>(MINE, {}, asReporter);
    const made = before.data?.myPeerReports.length ?? 0;
    for (let i = made; i < 5; i++)
      expect((await submit({ number: another.number, name: another.name })).errors).toBeUndefined();
    const sixth = await submit({ number: another.number, name: another.name });
    expect(code(sixth)).toBe("RATE_LIMITED");
    const after = await stack.query<{ myPeerReports: unknown[] }>(MINE, {}, asReporter);
    expect(after.data?.myPeerReports).toHaveLength(5);
  });
});
