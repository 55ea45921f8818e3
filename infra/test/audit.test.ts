import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor, callers, expectData, gatewayQuery } from "@campus/testkit";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { partialData } from "./fixtures";
import { graphql } from "./generated";

const RECORDS = graphql(`
  query AccessRecords($filter: AccessRecordFilter, $first: Int) {
    accessRecords(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          field
          purpose
          client
          readerName
          subject {
            id
          }
        }
      }
    }
  }
`);
const PHONES_AND_SUMMARIES = graphql(`
  query PhonesAndSummaries {
    people(first: 50) {
      edges {
        node {
          id
          phone
          warnings {
            summary
          }
        }
      }
    }
  }
`);
const PHONE_TWICE = graphql(`
  query PhoneTwice($id: ID!) {
    a: person(id: $id) {
      phone
    }
    b: person(id: $id) {
      phone
    }
  }
`);
const PHONE = graphql(`
  query Phone($id: ID!) {
    person(id: $id) {
      phone
    }
  }
`);
const WHO_VIEWED = graphql(`
  query WhoViewed($id: ID!) {
    person(id: $id) {
      accessRecords(first: 20) {
        edges {
          node {
            readerName
            field
            purpose
            readAt
          }
        }
      }
    }
  }
`);
const WARNING_SUMMARIES = graphql(`
  query WarningSummaries {
    warnings(first: 3) {
      edges {
        node {
          id
          summary
        }
      }
    }
  }
`);
const WARNING_LEVELS = graphql(`
  query WarningLevels {
    warnings(first: 3) {
      edges {
        node {
          id
          level
        }
      }
    }
  }
`);

/** Every sensitive value served leaves exactly one audit record, written before the answer leaves. */
describe("read audit", () => {
  let stack: StackHarness;
  const b = new DatasetBuilder("audit");
  const branch = b.orgUnit({ name: "第1师生联合党支部", kind: "JOINT_BRANCH" });
  const campus = b.campus();
  const building = b.building({ name: "彭康1号楼", campusId: campus.id });
  const grid = b.grid({ name: "彭康1号楼1层网格", buildingId: building.id, branchId: branch.id });
  const otherGrid = b.grid({
    name: "彭康1号楼2层网格",
    buildingId: building.id,
    branchId: branch.id,
  });
  const counselor = b.staff({ name: "陈晓燕" });
  b.assign(counselor, "COUNSELOR", "GRID", grid.id);
  const inGrid = Array.from({ length: 12 }, (_, i) => {
    const student = b.student({
      name: `网格内${i}`,
      phone: i % 3 === 0 ? null : `1380000${String(i).padStart(4, "0")}`,
    });
    b.residence(
      student,
      b.room({
        buildingId: building.id,
        gridId: grid.id,
        floor: 1,
        number: `1${String(i).padStart(2, "0")}`,
      }),
    );
    return student;
  });
  for (const [i, student] of inGrid.entries())
    if (i % 2 === 0) b.warning(student, { category: "ACADEMIC", summary: `学业预警${i}` });
  const outside = b.student({ name: "网格外", phone: "13900000000" });
  b.residence(
    outside,
    b.room({ buildingId: building.id, gridId: otherGrid.id, floor: 2, number: "201" }),
  );
  b.warning(outside, { category: "BEHAVIOUR", summary: "晚归" });
  const asCounselor = callerFor(["counselor"], counselor.id, "陈晓燕");
  const auditor = callerFor(["auditor"]);

  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset: b.build() });
  });
  afterAll(() => stack?.stop());

  const recordsBy = async (readerPersonId: string) => {
    const res = await gatewayQuery(
      stack,
      RECORDS,
      { filter: { readerPersonId }, first: 100 },
      auditor,
    );
    return expectData(res).accessRecords;
  };

  it("counts one record per sensitive value served, and none for what was denied or empty", async () => {
    const res = await gatewayQuery(stack, PHONES_AND_SUMMARIES, {}, asCounselor, {
      "x-campus-client": "web",
    });
    const nodes = partialData(res).people.edges.map((e) => e.node);
    // What the counselor was actually shown: phones and summaries that came back non-null.
    const served = new Set<string>();
    for (const node of nodes) {
      if (node.phone !== null) served.add(`${node.id}:Person.phone`);
      for (const warning of node.warnings ?? [])
        if (warning.summary !== null) served.add(`${node.id}:Warning.summary`);
    }
    // In the grid: 8 phones (every third student has none) and 6 summaries; the student outside: nothing.
    expect(served.size).toBe(8 + 6);
    expect([...served].some((key) => key.startsWith(outside.id))).toBe(false);
    // The student outside the grid is not on the counselor's list at all (the list holds only the students a duty covers).
    expect(nodes.some((node) => node.id === outside.id)).toBe(false);
    expect((res.errors ?? []).every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);

    const records = await recordsBy(counselor.id);
    expect(records.totalCount).toBe(served.size);
    expect(new Set(records.edges.map((e) => `${e.node.subject.id}:${e.node.field}`))).toEqual(
      served,
    );
    for (const { node } of records.edges) {
      expect(node.client).toBe("web");
      expect(node.readerName).toBe("陈晓燕");
      expect(node.purpose).toBe(node.field === "Person.phone" ? "CONTACT" : "CARE");
    }
  });

  it("counts a value read twice in one request once, and again in the next request", async () => {
    const before = (await recordsBy(counselor.id)).totalCount;
    const id = inGrid[1].id;
    const res = await gatewayQuery(stack, PHONE_TWICE, { id }, asCounselor);
    expect(res.data).toEqual({ a: { phone: "13800000001" }, b: { phone: "13800000001" } });
    expect((await recordsBy(counselor.id)).totalCount).toBe(before + 1);
    await gatewayQuery(stack, PHONE, { id }, asCounselor);
    expect((await recordsBy(counselor.id)).totalCount).toBe(before + 2);
  });

  it("lets a student see who viewed their sensitive data, and nobody else's", async () => {
    const me = inGrid[1];
    const mine = await gatewayQuery(stack, WHO_VIEWED, { id: me.id }, callers.student(me.id));
    const seen = expectData(mine).person?.accessRecords?.edges.map((e) => e.node) ?? [];
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((r) => r.readerName === "陈晓燕" && r.field === "Person.phone")).toBe(true);

    const someoneElse = await gatewayQuery(
      stack,
      WHO_VIEWED,
      { id: inGrid[2].id },
      callers.student(me.id),
    );
    expect(someoneElse.data?.person?.accessRecords).toBeNull();
    expect(someoneElse.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const counselorTries = await gatewayQuery(
      stack,
      RECORDS,
      { filter: {}, first: 5 },
      asCounselor,
    );
    expect(counselorTries.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets an auditor search the log by student and time", async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const bySubject = expectData(
      await gatewayQuery(
        stack,
        RECORDS,
        { filter: { subjectId: inGrid[1].id }, first: 50 },
        auditor,
      ),
    );
    expect(bySubject.accessRecords.totalCount).toBeGreaterThanOrEqual(3);
    expect(bySubject.accessRecords.edges.every((e) => e.node.subject?.id === inGrid[1].id)).toBe(
      true,
    );
    const later = expectData(
      await gatewayQuery(stack, RECORDS, { filter: { from: future }, first: 50 }, auditor),
    );
    expect(later.accessRecords.totalCount).toBe(0);
  });

  it("withholds the answer when the audit log cannot be written", async () => {
    await stack.subgraphs.people.stop();
    // The administrator's scope needs no people subgraph; the warning summary is served by evaluation.
    const res = await gatewayQuery(stack, WARNING_SUMMARIES, {}, callers.admin());
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["AUDIT_UNAVAILABLE"]);
    // Nothing sensitive asked, nothing to audit: the answer comes.
    const plain = await gatewayQuery(stack, WARNING_LEVELS, {}, callers.admin());
    expect(expectData(plain).warnings.edges).toHaveLength(3);
  });
});
