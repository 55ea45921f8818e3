import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import { printSubgraphSdl } from "@campus/subgraph/server";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type GraphQLResponse,
  type ResultOf,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { AccessRecordFilter, SensitiveReadBatchInput } from "./generated/graphql";
import { asGateway, errorsOf, sensitiveReads, statementsOf } from "./support";

const RECORD = graphql(`
  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {
    recordSensitiveReads(input: $input)
  }
`);
const RECORDS = graphql(`
  query AccessRecordsPage($filter: AccessRecordFilter, $first: Int, $after: String) {
    accessRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          readerName
          client
          field
          purpose
          requestId
          readAt
          reader {
            id
            name
          }
          subject {
            id
            name
          }
        }
      }
      pageInfo {
        ...PeoplePageInfo
      }
    }
  }
`);
const PERSON_RECORDS = graphql(`
  query PersonAccessRecords($id: ID!) {
    person(id: $id) {
      name
      accessRecords(first: 10) {
        totalCount
        edges {
          node {
            readerName
            field
            purpose
          }
        }
      }
    }
  }
`);
const OWN_RECORDS = graphql(`
  query OwnAccessRecords($id: ID!) {
    person(id: $id) {
      accessRecords {
        edges {
          node {
            field
            readerName
            subject {
              id
            }
          }
        }
      }
    }
  }
`);
const PAGE_RECORDS = graphql(`
  query PeopleLatestAccessRecord($n: Int!) {
    people(first: $n, filter: { search: "学生" }) {
      edges {
        node {
          id
          accessRecords(first: 1) {
            totalCount
            edges {
              node {
                field
                reader {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe("people: the read audit log (AccessRecord)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-access-records");
  const [A, B, C] = ["王子涵", "李浩然", "张欣怡"].map((name, i) =>
    b.student({ name, phone: `1380000000${i}`, familyAnnualIncome: 30000 + i }),
  ) as [ReturnType<typeof b.student>, ReturnType<typeof b.student>, ReturnType<typeof b.student>];
  const counselor = b.staff({ name: "陈晓燕" });
  const adviser = b.staff({ name: "王立新" });
  // Students for the batching test, each read about once.
  const crowd = Array.from({ length: 20 }, (_, i) =>
    b.student({ name: `学生${String(i).padStart(2, "0")}` }),
  );
  const auditor = callerFor(["auditor"], null, "审计员");

  const batch = (
    overrides: Partial<SensitiveReadBatchInput>,
    reads: [string, string, string][],
  ): { input: SensitiveReadBatchInput } => ({
    input: {
      readerSubject: "sso:chenxiaoyan",
      readerPersonId: counselor.id,
      readerName: "陈晓燕",
      client: "web",
      requestId: "req-1",
      readAt: "2025-03-01T08:00:00.000Z",
      reads: reads.map(([subjectId, field, purpose]) => ({ subjectId, field, purpose })),
      ...overrides,
    },
  });

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
    // Three requests at three times: the counselor, the adviser, and a service client.
    await asGateway(
      harness,
      RECORD,
      batch({}, [
        [A.id, "Person.phone", "CONTACT"],
        [A.id, "Person.familyAnnualIncome", "FINANCIAL"],
        [B.id, "Person.phone", "CONTACT"],
      ]),
    );
    await asGateway(
      harness,
      RECORD,
      batch(
        {
          readerSubject: "sso:wanglixin",
          readerPersonId: adviser.id,
          readerName: "王立新",
          requestId: "req-2",
          readAt: "2025-03-02T08:00:00.000Z",
        },
        [[A.id, "Warning.summary", "CARE"]],
      ),
    );
    await asGateway(
      harness,
      RECORD,
      batch(
        {
          readerSubject: "client:x",
          readerPersonId: null,
          readerName: "宿管系统",
          client: "service:x",
          requestId: "req-3",
          readAt: "2025-03-03T08:00:00.000Z",
        },
        [[B.id, "Person.phone", "CONTACT"]],
      ),
    );
    await asGateway(
      harness,
      RECORD,
      batch(
        { requestId: "req-4", readAt: "2025-03-04T08:00:00.000Z" },
        crowd.map((s) => [s.id, "Person.phone", "CONTACT"]),
      ),
    );
  });
  afterAll(() => harness?.stop());

  const records = async (filter: AccessRecordFilter, as = auditor, first = 100) => {
    const res = await subgraphQuery(harness, "people", RECORDS, { filter, first }, as);
    expect(res.errors).toBeUndefined();
    return expectData(res).accessRecords;
  };

  it("writes a batch of any size in one statement and answers how many", async () => {
    const subjects = Array.from({ length: 50 }, (_, i) => crowd[i % crowd.length].id);
    const fields = ["Person.phone", "Person.familyAnnualIncome"];
    const big = await statementsOf(harness, () =>
      asGateway(
        harness,
        RECORD,
        batch(
          { requestId: "req-big", readAt: "2020-01-01T00:00:00.000Z" },
          subjects.map((id, i) => [id, fields[i % 2], i % 2 ? "FINANCIAL" : "CONTACT"]),
        ),
      ),
    );
    expect(big.result).toEqual({ recordSensitiveReads: 50 });
    expect(big.statements).toBe(1);
    const small = await statementsOf(harness, () =>
      asGateway(
        harness,
        RECORD,
        batch({ requestId: "req-small", readAt: "2020-01-01T00:00:00.000Z" }, [
          [C.id, "Person.phone", "CONTACT"],
        ]),
      ),
    );
    expect(small.result).toEqual({ recordSensitiveReads: 1 });
    expect(small.statements).toBe(1);
    const none = await statementsOf(harness, () =>
      asGateway(harness, RECORD, batch({ requestId: "req-none" }, [])),
    );
    expect(none).toEqual({ result: { recordSensitiveReads: 0 }, statements: 0 });
    const stored = await records({ to: "2020-01-02T00:00:00.000Z" });
    expect(stored.totalCount).toBe(51);
    expect(
      stored.edges.every(
        (e) => e.node.readerName === "陈晓燕" && e.node.readAt === "2020-01-01T00:00:00.000Z",
      ),
    ).toBe(true);
  });

  it("refuses every caller but the gateway itself, writing nothing", async () => {
    const before = (await records({ subjectId: C.id })).totalCount;
    for (const caller of [
      callers.admin(),
      auditor,
      callers.student(C.id),
      callerFor(["service"], null, "service"),
    ]) {
      const res = await subgraphQuery(
        harness,
        "people",
        RECORD,
        batch({ requestId: "forged" }, [[C.id, "Person.phone", "CONTACT"]]),
        caller,
      );
      expect(res.data ?? null, caller.name).toBeNull();
      expect(errorsOf(res), caller.name).toEqual([[["recordSensitiveReads"], "FORBIDDEN"]]);
    }
    expect((await records({ subjectId: C.id })).totalCount).toBe(before);
  });

  it("refuses a batch with an unknown purpose, a malformed field or subject, writing none of it", async () => {
    const before = (await records({ subjectId: C.id })).totalCount;
    const cases: [[string, string, string][], string][] = [
      [
        [
          [C.id, "Person.phone", "CONTACT"],
          [C.id, "Person.phone", "GOSSIP"],
        ],
        "input.reads.1.purpose",
      ],
      [[[C.id, "phone", "CONTACT"]], "input.reads.0.field"],
      [[["not-an-id", "Person.phone", "CONTACT"]], "input.reads.0.subjectId"],
    ];
    for (const [reads, field] of cases) {
      const res = await subgraphQuery(
        harness,
        "people",
        RECORD,
        batch({ requestId: "bad" }, reads),
        undefined,
        { system: true },
      );
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const noReader = await subgraphQuery(
      harness,
      "people",
      RECORD,
      batch({ readerName: " " }, [[C.id, "Person.phone", "CONTACT"]]),
      undefined,
      { system: true },
    );
    expect(noReader.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.readerName",
    });
    expect((await records({ subjectId: C.id })).totalCount).toBe(before);
  });

  it("keeps recordSensitiveReads and its input types out of the public API (@inaccessible)", async () => {
    const sdl = await printSubgraphSdl(definition);
    expect(sdl).toContain(
      "recordSensitiveReads(input: SensitiveReadBatchInput!): Int! @inaccessible",
    );
    expect(sdl).toMatch(/input SensitiveReadBatchInput\s+@inaccessible/);
    expect(sdl).toMatch(/input SensitiveReadInput\s+@inaccessible/);
  });

  it("lets auditors and administrators search the log, newest first, by student, reader and time", async () => {
    const aboutA = await records({ subjectId: A.id });
    // The two reads of one request share their time; between them the order is by id.
    expect(aboutA.edges.map((e) => e.node.readAt)).toEqual([
      "2025-03-02T08:00:00.000Z",
      "2025-03-01T08:00:00.000Z",
      "2025-03-01T08:00:00.000Z",
    ]);
    expect(
      aboutA.edges
        .slice(1)
        .map((e) => e.node.field)
        .sort(),
    ).toEqual(["Person.familyAnnualIncome", "Person.phone"]);
    expect(aboutA.edges[0].node).toMatchObject({
      client: "web",
      purpose: "CARE",
      requestId: "req-2",
      reader: { id: adviser.id, name: "王立新" },
      subject: { id: A.id, name: "王子涵" },
    });

    const aboutB = await records({ subjectId: B.id }, callers.admin());
    expect(aboutB.edges.map((e) => e.node.client)).toEqual(["service:x", "web"]);
    expect(aboutB.edges[0].node).toMatchObject({ readerName: "宿管系统", reader: null });

    const byAdviser = await records({ readerPersonId: adviser.id });
    expect(byAdviser.totalCount).toBe(1);
    const inMarch = await records({
      from: "2025-03-02T08:00:00.000Z",
      to: "2025-03-04T00:00:00.000Z",
    });
    expect(inMarch.edges.map((e) => e.node.requestId)).toEqual(["req-3", "req-2"]);
    const malformed = await subgraphQuery(
      harness,
      "people",
      RECORDS,
      { filter: { subjectId: "x" } },
      auditor,
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.subjectId",
    });
  });

  it("filters the log by purpose, alone and with the other conditions", async () => {
    const care = await records({ purpose: "CARE" });
    expect(care.totalCount).toBe(1);
    expect(care.edges[0].node).toMatchObject({ purpose: "CARE", field: "Warning.summary" });
    const financialAboutA = await records({ purpose: "FINANCIAL", subjectId: A.id });
    expect(financialAboutA.edges.map((e) => e.node.field)).toEqual(["Person.familyAnnualIncome"]);
    const contactByCounselorAboutB = await records({
      purpose: "CONTACT",
      readerPersonId: counselor.id,
      subjectId: B.id,
    });
    expect(contactByCounselorAboutB.edges.map((e) => e.node.requestId)).toEqual(["req-1"]);
    expect((await records({ purpose: "MENTAL_HEALTH" })).totalCount).toBe(0);
    const unknown = await subgraphQuery(
      harness,
      "people",
      RECORDS,
      { filter: { purpose: "GOSSIP" } },
      auditor,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.purpose",
    });
  });

  it("lets an auditor find any student by name or number to search the log, sensitive fields refused", async () => {
    const FIND = graphql(`
      query AuditorFindsPerson($search: String!) {
        people(first: 10, filter: { search: $search }) {
          edges {
            node {
              id
              name
              phone
            }
          }
        }
      }
    `);
    const res = await subgraphQuery(harness, "people", FIND, { search: "张欣" }, auditor);
    expect(res.data?.people.edges.map((e) => e.node)).toEqual([
      { id: C.id, name: "张欣怡", phone: null },
    ]);
    expect(errorsOf(res)).toEqual([[["people", "edges", 0, "node", "phone"], "FORBIDDEN"]]);
    const staff = await subgraphQuery(harness, "people", FIND, { search: "陈晓" }, auditor);
    expect(staff.data?.people.edges.map((e) => e.node.id)).toEqual([counselor.id]);
  });

  it("pages through the log newest first with cursors that continue where the last page ended", async () => {
    const all = await records({ from: "2025-01-01T00:00:00.000Z" });
    expect(all.totalCount).toBe(3 + 1 + 1 + crowd.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: GraphQLResponse<ResultOf<typeof RECORDS>> = await subgraphQuery(
        harness,
        "people",
        RECORDS,
        { filter: { from: "2025-01-01T00:00:00.000Z" }, first: 4, after },
        auditor,
      );
      expect(res.errors).toBeUndefined();
      const { accessRecords } = expectData(res);
      seen.push(...accessRecords.edges.map((e) => e.node.id));
      if (!accessRecords.pageInfo.hasNextPage) break;
      after = accessRecords.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    const times = all.edges.map((e) => e.node.readAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("refuses the log to everyone else with FORBIDDEN", async () => {
    for (const caller of [
      callers.counselor(counselor.id),
      callers.student(A.id),
      callerFor(["college_admin"]),
      callerFor(["developer"]),
      callerFor(["service"], null, "service"),
    ]) {
      const res = await subgraphQuery(harness, "people", RECORDS, { filter: {} }, caller);
      expect(errorsOf(res), caller.name).toEqual([[["accessRecords"], "FORBIDDEN"]]);
    }
  });

  it("shows a person who read their sensitive data, and no one else's, newest first", async () => {
    const mine = await subgraphQuery(
      harness,
      "people",
      PERSON_RECORDS,
      { id: A.id },
      callers.student(A.id),
    );
    expect(mine.errors).toBeUndefined();
    const own = expectData(mine).person?.accessRecords;
    expect(own?.totalCount).toBe(3);
    expect(own?.edges[0]?.node).toEqual({
      readerName: "王立新",
      field: "Warning.summary",
      purpose: "CARE",
    });

    for (const caller of [
      callers.student(B.id),
      callers.counselor(counselor.id),
      callerFor(["school_admin"], adviser.id),
    ]) {
      const res = await subgraphQuery(harness, "people", PERSON_RECORDS, { id: A.id }, caller);
      expect(res.data?.person, caller.name).toEqual({ name: "王子涵", accessRecords: null });
      expect(errorsOf(res), caller.name).toEqual([[["person", "accessRecords"], "FORBIDDEN"]]);
    }
    for (const caller of [auditor, callers.admin()]) {
      const res = await subgraphQuery(harness, "people", PERSON_RECORDS, { id: A.id }, caller);
      expect(expectData(res).person?.accessRecords?.totalCount, caller.name).toBe(3);
    }
  });

  it("does not audit reading the audit log", async () => {
    const res = await subgraphQuery(
      harness,
      "people",
      OWN_RECORDS,
      { id: A.id },
      callers.student(A.id),
    );
    expect(res.errors).toBeUndefined();
    expect(sensitiveReads(res)).toEqual([]);
  });

  it("reads the access records of a page of people in the same statements for 2 people as for 20", async () => {
    const run = (n: number) =>
      statementsOf(harness, () => subgraphQuery(harness, "people", PAGE_RECORDS, { n }, auditor));
    await run(2); // warm-up
    const few = await run(2);
    const many = await run(20);
    expect(many.result.errors).toBeUndefined();
    for (const { node } of expectData(many.result).people.edges) {
      expect(node.accessRecords?.edges).toEqual([
        { node: { field: "Person.phone", reader: { name: "陈晓燕" } } },
      ]);
      expect(node.accessRecords?.totalCount).toBeGreaterThanOrEqual(1);
    }
    expect(many.statements).toBe(few.statements);
  });
});
