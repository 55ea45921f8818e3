import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stableId } from "@campus/demo-data";
import { today } from "@campus/subgraph";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  statementsOf,
  subgraphQuery,
  type ExecuteOptions,
  type SubgraphHarness,
} from "@campus/testkit";
import { definition, seed } from "../src";
import { graphql } from "./generated";
import type { IndicatorRecordInput, IngestIndicatorsInput } from "./generated/graphql";
import { evaluationEm, present, type Caller } from "./support";

const INGEST = graphql(`
  mutation IndicatorIngest($input: IngestIndicatorsInput!) {
    ingestIndicators(input: $input) {
      replayed
      batch {
        id
        clientKey
        source
        accepted
        rejected
        rows {
          index
          field
          message
        }
      }
    }
  }
`);

/** A departmental app as the gateway presents it: role service, its client id, its registered purposes. */
function serviceClient(
  id: string,
  purposes: ("CONTACT" | "CARE")[],
): [ReturnType<typeof callerFor>, ExecuteOptions] {
  return [
    { ...callerFor(["service"], null, `client ${id}`), client: `service:${id}` },
    { scope: { students: { service: "all" }, clientPurposes: purposes } },
  ];
}

describe("indicator ingestion", () => {
  let harness: SubgraphHarness;
  const students = [1, 2, 3].map((n) => stableId(`indicator-test:student:${n}`)) as [
    string,
    string,
    string,
  ];
  const [academic, academicScope] = serviceClient("11111111-1111-4111-8111-111111111111", ["CARE"]);
  const [dorm, dormScope] = serviceClient("22222222-2222-4222-8222-222222222222", ["CARE"]);
  const yesterday = (() => {
    const d = new Date(`${today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  })();
  const tomorrow = (() => {
    const d = new Date(`${today()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  })();

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }]);
  });
  afterAll(() => harness?.stop());

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    evaluationEm(harness).getConnection().execute<T[]>(query, params);
  const recordsOf = (batchId: string) =>
    sql<{ person_id: string; kind: string; value: number; observed_on: string; source: string }>(
      `select person_id, kind, value, to_char(observed_on, 'YYYY-MM-DD') as observed_on, source from evaluation.indicator_record where batch_id = ? order by person_id, kind`,
      [batchId],
    );
  const counts = async () =>
    present(
      (
        await sql<{ batches: number; records: number }>(
          `select (select count(*) from evaluation.indicator_batch)::int as batches, (select count(*) from evaluation.indicator_record)::int as records`,
        )
      )[0],
      "the counts",
    );
  /** ingestIndicators with `input`, as the caller given. */
  const ingest = (input: IngestIndicatorsInput, as: Caller, options?: ExecuteOptions) =>
    subgraphQuery(harness, "evaluation", INGEST, { input }, as, options);

  it("stores the valid records of a batch in one statement and lists each rejected one by index and field", async () => {
    const records: IndicatorRecordInput[] = [
      { personId: students[0], kind: "FAILED_CREDITS", value: 6.5, observedOn: yesterday },
      { personId: "not-an-id", kind: "GPA", value: 3.1, observedOn: yesterday },
      { personId: students[1], kind: "GPA", value: 4.5, observedOn: yesterday },
      { personId: students[1], kind: "LATE_RETURNS", value: 1.5, observedOn: yesterday },
      { personId: students[1], kind: "LATE_RETURNS", value: 2, observedOn: tomorrow },
      { personId: students[2], kind: "CARD_SPENDING", value: 812.4, observedOn: "2024-02-30" },
      { personId: students[2], kind: "CARD_SPENDING", value: -1, observedOn: yesterday },
      { personId: students[1], kind: "LATE_RETURNS", value: 2, observedOn: yesterday },
      { personId: students[2], kind: "COUNSELLING_REFERRALS", value: 1, observedOn: "2024-11-04" },
    ];
    const { statements, result: res } = await statementsOf(harness, "evaluation", () =>
      ingest({ clientKey: "grades-2024-11-05", records }, academic, academicScope),
    );
    expect(res.errors).toBeUndefined();
    const { batch, replayed } = expectData(res).ingestIndicators;
    expect(replayed).toBe(false);
    expect(batch).toMatchObject({
      clientKey: "grades-2024-11-05",
      source: "service:11111111-1111-4111-8111-111111111111",
      accepted: 3,
      rejected: 6,
    });
    expect(batch.rows.map((r) => [r.index, r.field])).toEqual([
      [1, "personId"],
      [2, "value"],
      [3, "value"],
      [4, "observedOn"],
      [5, "observedOn"],
      [6, "value"],
    ]);
    expect(batch.rows[1]?.message).toMatch(/GPA must be between 0 and 4/);
    expect(batch.rows[3]?.message).toMatch(/in the future/);
    expect(await recordsOf(batch.id)).toEqual(
      [
        {
          person_id: students[0],
          kind: "FAILED_CREDITS",
          value: 6.5,
          observed_on: yesterday,
          source: batch.source,
        },
        {
          person_id: students[1],
          kind: "LATE_RETURNS",
          value: 2,
          observed_on: yesterday,
          source: batch.source,
        },
        {
          person_id: students[2],
          kind: "COUNSELLING_REFERRALS",
          value: 1,
          observed_on: "2024-11-04",
          source: batch.source,
        },
      ].sort((x, y) => `${x.person_id}${x.kind}`.localeCompare(`${y.person_id}${y.kind}`)),
    );
    // Look-up, claim, insert of the records, read back, in a transaction: not one statement per record.
    expect(statements).toBeLessThanOrEqual(7);
  });

  it("replays a key it has seen: the stored report, marked replayed, and nothing written", async () => {
    const input: IngestIndicatorsInput = {
      clientKey: "dorm-2024-11-05",
      records: [{ personId: students[0], kind: "LATE_RETURNS", value: 1, observedOn: yesterday }],
    };
    const first = await ingest(input, dorm, dormScope);
    expect(first.errors).toBeUndefined();
    const before = await counts();
    // Even with different records: the key names the delivery.
    const again = await ingest(
      { ...input, records: [...input.records, ...input.records] },
      dorm,
      dormScope,
    );
    expect(again.errors).toBeUndefined();
    expect(expectData(again).ingestIndicators).toEqual({
      ...expectData(first).ingestIndicators,
      replayed: true,
    });
    expect(await counts()).toEqual(before);
  });

  it("keeps the keys of different clients apart", async () => {
    const input: IngestIndicatorsInput = {
      clientKey: "shared-key",
      records: [{ personId: students[0], kind: "GPA", value: 3, observedOn: yesterday }],
    };
    const a = await ingest(input, academic, academicScope);
    const b = await ingest(input, dorm, dormScope);
    const [fromA, fromB] = [expectData(a).ingestIndicators, expectData(b).ingestIndicators];
    expect([fromA.replayed, fromB.replayed]).toEqual([false, false]);
    expect(fromA.batch.id).not.toBe(fromB.batch.id);
  });

  it("takes a day's value in place of the source's earlier one with replaceDay; a 0 leaves none", async () => {
    const day = (person: string) =>
      sql<{ value: number; source: string }>(
        `select value, source from evaluation.indicator_record
          where person_id = ? and kind = 'CLASS_ABSENCES' and observed_on = ? order by source, value`,
        [person, yesterday],
      );
    const absences = (key: string, value: number, replaceDay: boolean, as = academic) =>
      ingest(
        {
          clientKey: key,
          replaceDay,
          records: [
            { personId: students[2], kind: "CLASS_ABSENCES", value, observedOn: yesterday },
          ],
        },
        as,
        as === academic ? academicScope : dormScope,
      );
    // Without it, records are added: two of the dorm's stay whatever the academic client sends.
    expectData(await absences("dorm-1", 1, false, dorm));
    expectData(await absences("dorm-2", 1, false, dorm));
    expectData(await absences("day-1", 1, true));
    expectData(await absences("day-2", 2, true));
    const source = `service:11111111-1111-4111-8111-111111111111`;
    expect(await day(students[2])).toEqual([
      { value: 2, source },
      { value: 1, source: "service:22222222-2222-4222-8222-222222222222" },
      { value: 1, source: "service:22222222-2222-4222-8222-222222222222" },
    ]);
    // A correction to 0 takes the day's count away; the batch still reports the record accepted.
    const zero = expectData(await absences("day-3", 0, true)).ingestIndicators;
    expect(zero.batch).toMatchObject({ accepted: 1, rejected: 0 });
    expect((await day(students[2])).map((r) => r.source)).toEqual([
      "service:22222222-2222-4222-8222-222222222222",
      "service:22222222-2222-4222-8222-222222222222",
    ]);
  });

  it("writes a key delivered twice at the same moment once", async () => {
    const input: IngestIndicatorsInput = {
      clientKey: "race",
      records: [{ personId: students[2], kind: "CLASS_ABSENCES", value: 2, observedOn: yesterday }],
    };
    const before = await counts();
    const results = await Promise.all([1, 2, 3].map(() => ingest(input, academic, academicScope)));
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(results.map((r) => expectData(r).ingestIndicators.replayed).sort()).toEqual([
      false,
      true,
      true,
    ]);
    expect(new Set(results.map((r) => expectData(r).ingestIndicators.batch.id)).size).toBe(1);
    expect(await counts()).toEqual({ batches: before.batches + 1, records: before.records + 1 });
  });

  it("refuses a whole batch that is empty, too large or has a blank key, writing nothing", async () => {
    const before = await counts();
    const record: IndicatorRecordInput = {
      personId: students[0],
      kind: "GPA",
      value: 3,
      observedOn: yesterday,
    };
    const cases: [IngestIndicatorsInput, string][] = [
      [{ clientKey: "empty", records: [] }, "records"],
      [{ clientKey: "huge", records: Array.from({ length: 5001 }, () => record) }, "records"],
      [{ clientKey: "   ", records: [record] }, "clientKey"],
      [{ clientKey: "k".repeat(129), records: [record] }, "clientKey"],
    ];
    for (const [input, field] of cases) {
      const res = await ingest(input, academic, academicScope);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await counts()).toEqual(before);
  });

  it("takes 5000 records in one batch", async () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({
      personId: students[i % 3] ?? students[0],
      kind: "CARD_SPENDING" as const,
      value: 500 + (i % 100),
      observedOn: "2024-10-01",
    }));
    const res = await ingest({ clientKey: "card-bulk", records }, academic, academicScope);
    expect(res.errors).toBeUndefined();
    const { batch } = expectData(res).ingestIndicators;
    expect(batch).toMatchObject({
      accepted: 5000,
      rejected: 0,
      rows: [],
    });
    expect(await recordsOf(batch.id)).toHaveLength(5000);
  });

  it("lets administrators deliver, under the source admin", async () => {
    const admin = callerFor(["admin"], stableId("indicator-test:admin"), "admin");
    const res = await ingest(
      {
        clientKey: "manual-1",
        records: [{ personId: students[0], kind: "GPA", value: 2.1, observedOn: yesterday }],
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(expectData(res).ingestIndicators.batch).toMatchObject({ source: "admin", accepted: 1 });
  });

  it("refuses everyone else: clients not registered for CARE, staff, students", async () => {
    const before = await counts();
    const [contactOnly, contactScope] = serviceClient("33333333-3333-4333-8333-333333333333", [
      "CONTACT",
    ]);
    const input: IngestIndicatorsInput = {
      clientKey: "nope",
      records: [{ personId: students[0], kind: "GPA", value: 3, observedOn: yesterday }],
    };
    for (const [caller, options] of [
      [contactOnly, contactScope],
      [
        callers.counselor(stableId("indicator-test:counselor")),
        { scope: { students: { counselor: students } } },
      ],
      [callers.student(students[0]), undefined],
      [
        callerFor(["college_admin"], stableId("indicator-test:college-admin")),
        { scope: { students: { college_admin: students } } },
      ],
    ] as const) {
      const res = await ingest(input, caller, options);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.data?.ingestIndicators ?? null).toBeNull();
    }
    expect(await counts()).toEqual(before);
  });
});
