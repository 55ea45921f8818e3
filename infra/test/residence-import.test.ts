/**
 * Residence import (住宿导入) through the real gateway and PostgreSQL: a department's file of
 * residence allocations is staged in parts and checked as a whole; students are people's, so
 * organisation asks for them through the gateway's relay (`studentsByNumber`), never reading
 * people's tables. Every bad row is reported by row and column and nothing is written; a good
 * file is written at once; two imports claiming one bed: exactly one is written.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callers, errorsOf, expectData, gatewayQuery } from "@campus/testkit";
import { DatasetBuilder } from "@campus/demo-data";
import { startTestStack, type StackHarness } from "../src/stack";
import { subgraphModules } from "../src";
import { graphql } from "./generated";

const STAGE = graphql(`
  mutation StackStageResidenceImport($input: StageResidenceImportInput!) {
    stageResidenceImport(input: $input) {
      importId
      stagedRows
    }
  }
`);
const IMPORT = graphql(`
  mutation StackImportResidences($input: ImportResidencesInput!) {
    importResidences(input: $input) {
      committed
      rowCount
      movedIn
      problemCount
      ignoredColumns
      problems {
        row
        column
        reason
        value
      }
    }
  }
`);
const RESIDENCE = graphql(`
  query StackImportedResidence($id: ID!) {
    person(id: $id) {
      residence {
        bed
        movedInOn
        room {
          number
        }
      }
    }
  }
`);
const READS_BY = graphql(`
  query StackImportReadsBy($filter: AccessRecordFilter) {
    accessRecords(filter: $filter, first: 100) {
      edges {
        node {
          field
          purpose
          subject {
            id
          }
        }
      }
    }
  }
`);
const OUT_OF_USE = graphql(`
  mutation StackImportRoomOutOfUse($roomId: ID!) {
    takeRoomOutOfUse(roomId: $roomId) {
      id
    }
  }
`);

const b = new DatasetBuilder("residence-import-stack");
const xingqing = b.campus({ name: "兴庆校区" });
const yanta = b.campus({ name: "雁塔校区" });
const east = b.building({ name: "东1舍", campusId: xingqing.id });
b.building({ name: "南楼", campusId: xingqing.id });
b.building({ name: "南楼", campusId: yanta.id });
const room101 = b.room({ buildingId: east.id, floor: 1, number: "101", capacity: 4 });
b.room({ buildingId: east.id, floor: 1, number: "102", capacity: 2 });
const room103 = b.room({ buildingId: east.id, floor: 1, number: "103", capacity: 4 });
b.room({ buildingId: east.id, floor: 2, number: "201", capacity: 4 });
b.room({ buildingId: east.id, floor: 2, number: "202", capacity: 4 });
const students = Array.from({ length: 16 }, (_, i) =>
  b.student({
    name: `住${"一二三四五六七八九十"[i % 10]}${i}`,
    number: `20265${String(i).padStart(5, "0")}`,
  }),
);
const housed = b.student({ name: "已住", number: "2026599999" });
b.residence(housed, room101, { bed: "1", movedInOn: "2025-09-01" });
const staff = b.staff({ name: "宿管", number: "T2026001" });
const registrar = b.staff({ name: "住宿科", number: "T2026002" });
const dataset = b.build();
const asRegistrar = callerFor(["admin"], registrar.id, "住宿科");
const HEADER = ["学号", "姓名", "楼栋", "房间", "床位", "入住日期", "备注"];
const row = (i: number, room: string, bed: string, date = "2026-09-01") => [
  students[i].number,
  students[i].name,
  "东1舍",
  room,
  bed,
  date,
  "",
];

describe("residence import through the gateway", () => {
  let stack: StackHarness;
  beforeAll(async () => {
    stack = await startTestStack(subgraphModules, { dataset });
  });
  afterAll(() => stack?.stop());

  /** Stages the rows in parts of `part` rows and checks (or writes) the file. */
  const importFile = async (
    rows: string[][],
    commit: boolean,
    { header = HEADER, part = 5000, caller = callers.admin() } = {},
  ) => {
    const importId = randomUUID();
    for (let at = 0; at < rows.length; at += part)
      expectData(
        await gatewayQuery(
          stack,
          STAGE,
          { input: { importId, firstRow: at + 2, header, rows: rows.slice(at, at + part) } },
          caller,
        ),
      );
    const res = await gatewayQuery(stack, IMPORT, { input: { importId, commit } }, caller);
    return { importId, report: expectData(res).importResidences };
  };
  const residenceOf = async (id: string) =>
    expectData(await gatewayQuery(stack, RESIDENCE, { id }, callers.admin())).person?.residence;

  it("reports every bad row by row and column, and writes nothing, not even the good rows", async () => {
    const { report } = await importFile(
      [
        row(0, "101", "2"), // good
        ["2099000001", "无此人", "东1舍", "101", "3", "2026-09-01", ""], // unknown student
        row(1, "101", "1"), // bed taken by someone already
        row(2, "101", "2"), // bed twice in the file
        row(0, "101", "4"), // the same student again
        row(3, "101", "3", "2026-02-30"), // bad date
        row(4, "999", "1"), // unknown room
        [students[5].number, students[5].name, "不存在楼", "101", "1", "2026-09-01", ""],
        row(6, "101", ""), // missing bed
        [students[7].number, "别人", "东1舍", "201", "1", "2026-09-01", ""], // name mismatch
        [housed.number, housed.name, "东1舍", "102", "1", "2026-09-01", ""], // already housed
        row(8, "102", "5"), // beyond the room's beds
        [staff.number, staff.name, "东1舍", "201", "2", "2026-09-01", ""], // staff, not a student
        ["", "", "", "", "", "", ""], // blank: not a row
        [students[9].number, students[9].name, "南楼", "101", "1", "2026-09-01", ""],
      ],
      true,
      { caller: asRegistrar },
    );
    expect(report).toEqual({
      committed: false,
      rowCount: 14,
      movedIn: 0,
      problemCount: 13,
      ignoredColumns: ["备注"],
      problems: [
        { row: 3, column: "学号", reason: "UNKNOWN_STUDENT", value: "2099000001" },
        { row: 4, column: "床位", reason: "BED_TAKEN", value: "1" },
        { row: 5, column: "床位", reason: "BED_TWICE_IN_FILE", value: "2" },
        { row: 6, column: "学号", reason: "DUPLICATE_ROW", value: students[0].number },
        { row: 7, column: "入住日期", reason: "BAD_DATE", value: "2026-02-30" },
        { row: 8, column: "房间", reason: "UNKNOWN_ROOM", value: "999" },
        { row: 9, column: "楼栋", reason: "UNKNOWN_BUILDING", value: "不存在楼" },
        { row: 10, column: "床位", reason: "MISSING_VALUE", value: null },
        { row: 11, column: "姓名", reason: "NAME_MISMATCH", value: "别人" },
        { row: 12, column: "学号", reason: "ALREADY_HOUSED", value: housed.number },
        { row: 13, column: "床位", reason: "UNKNOWN_BED", value: "5" },
        { row: 14, column: "学号", reason: "UNKNOWN_STUDENT", value: staff.number },
        { row: 16, column: "楼栋", reason: "AMBIGUOUS_BUILDING", value: "南楼" },
      ],
    });
    // All or nothing: the good row 2 was not written either.
    expect(await residenceOf(students[0].id)).toBeNull();
    // That a student already lives somewhere is a disclosure of where they live: audited.
    const reads = expectData(
      await gatewayQuery(
        stack,
        READS_BY,
        { filter: { readerPersonId: registrar.id } },
        callerFor(["auditor"]),
      ),
    ).accessRecords.edges.map((e) => `${e.node.subject?.id} ${e.node.field} ${e.node.purpose}`);
    expect(reads).toEqual([`${housed.id} ResidenceImportReport.problems RESIDENCE`]);
  });

  it("reports a missing column in the header (row 1) and reads no row", async () => {
    const { report } = await importFile(
      [[students[0].number, "东1舍", "101", "2026-09-01"]],
      true,
      {
        header: ["学号", "楼栋", "房间", "入住日期"],
      },
    );
    expect(report).toMatchObject({
      committed: false,
      rowCount: 0,
      problems: [{ row: 1, column: "床位", reason: "MISSING_COLUMN", value: null }],
    });
  });

  it("reports a room out of use and a room the file overfills", async () => {
    expectData(await gatewayQuery(stack, OUT_OF_USE, { roomId: room103.id }, callers.admin()));
    const { report } = await importFile(
      [row(10, "103", "1"), row(11, "102", "1"), row(12, "102", "2"), row(13, "102", "b")],
      false,
    );
    expect(report.problems).toEqual([
      { row: 2, column: "房间", reason: "ROOM_OUT_OF_USE", value: "103" },
      { row: 5, column: "房间", reason: "ROOM_FULL", value: "102" },
    ]);
  });

  it("checks a good file without writing it, then writes it in parts as one", async () => {
    const rows = [
      row(0, "201", "1"),
      row(1, "201", "02", "2026/9/1"),
      row(2, "201", "3", "2026年9月1日"),
    ];
    const checked = await importFile(rows, false, { part: 2 });
    expect(checked.report).toMatchObject({ committed: false, rowCount: 3, problemCount: 0 });
    expect(await residenceOf(students[0].id)).toBeNull();

    const written = expectData(
      await gatewayQuery(
        stack,
        IMPORT,
        { input: { importId: checked.importId, commit: true } },
        callers.admin(),
      ),
    ).importResidences;
    expect(written).toMatchObject({ committed: true, rowCount: 3, movedIn: 3, problemCount: 0 });
    expect(await residenceOf(students[1].id)).toEqual({
      bed: "2",
      movedInOn: "2026-09-01",
      room: { number: "201" },
    });
    // The staged parts are gone once written: the same import cannot be written twice.
    const again = await gatewayQuery(
      stack,
      IMPORT,
      { input: { importId: checked.importId, commit: true } },
      callers.admin(),
    );
    expect(errorsOf(again)).toEqual([[["importResidences"], "NOT_FOUND"]]);
    // And a file claiming those beds now finds them taken.
    const taken = await importFile([row(3, "201", "1")], true);
    expect(taken.report.problems).toEqual([
      { row: 2, column: "床位", reason: "BED_TAKEN", value: "1" },
    ]);
  });

  it("writes exactly one of two imports claiming the same bed at once", async () => {
    const stageOnly = async (rows: string[][]) => {
      const importId = randomUUID();
      expectData(
        await gatewayQuery(
          stack,
          STAGE,
          { input: { importId, firstRow: 2, header: HEADER, rows } },
          callers.admin(),
        ),
      );
      return importId;
    };
    const first = await stageOnly([row(4, "202", "1"), row(5, "202", "2")]);
    const second = await stageOnly([row(6, "202", "3"), row(7, "202", "1")]);
    const reports = await Promise.all(
      [first, second].map(
        async (importId) =>
          expectData(
            await gatewayQuery(
              stack,
              IMPORT,
              { input: { importId, commit: true } },
              callers.admin(),
            ),
          ).importResidences,
      ),
    );
    expect(reports.filter((r) => r.committed)).toHaveLength(1);
    const [loser] = reports.filter((r) => !r.committed);
    expect(loser.movedIn).toBe(0);
    expect(loser.problems.map((p) => p.reason)).toEqual(["BED_TAKEN"]);
    // The loser's other row was not written either.
    const winnerFirst = reports[0].committed;
    expect(await residenceOf(students[winnerFirst ? 6 : 5].id)).toBeNull();
  });

  it("lets only administrators stage and import, and only the one who staged a file import it", async () => {
    const input = {
      importId: randomUUID(),
      firstRow: 2,
      header: HEADER,
      rows: [row(14, "201", "4")],
    };
    const refused = await gatewayQuery(stack, STAGE, { input }, callers.counselor(staff.id));
    expect(errorsOf(refused)).toEqual([[["stageResidenceImport"], "FORBIDDEN"]]);
    expectData(await gatewayQuery(stack, STAGE, { input }, callers.admin()));
    const other = callerFor(["admin"], null, "another-admin");
    const notTheirs = await gatewayQuery(
      stack,
      IMPORT,
      { input: { importId: input.importId, commit: true } },
      other,
    );
    expect(errorsOf(notTheirs)).toEqual([[["importResidences"], "NOT_FOUND"]]);
    const restaged = await gatewayQuery(stack, STAGE, { input }, other);
    expect(errorsOf(restaged)).toEqual([[["stageResidenceImport"], "NOT_FOUND"]]);
  });

  it("reads quotes, backslashes and placeholders in a cell as text, not SQL", async () => {
    const odd = `东'1\\舍"?); drop table ?? x; --`;
    const { report } = await importFile(
      [[students[15].number, students[15].name, odd, "101", "1", "2026-09-01", ""]],
      false,
    );
    expect(report.problems).toEqual([
      { row: 2, column: "楼栋", reason: "UNKNOWN_BUILDING", value: odd },
    ]);
  });

  it("refuses a file with a part missing", async () => {
    const importId = randomUUID();
    for (const firstRow of [2, 4])
      expectData(
        await gatewayQuery(
          stack,
          STAGE,
          { input: { importId, firstRow, header: HEADER, rows: [row(15, "201", "4")] } },
          callers.admin(),
        ),
      );
    const res = await gatewayQuery(
      stack,
      IMPORT,
      { input: { importId, commit: true } },
      callers.admin(),
    );
    expect(errorsOf(res)).toEqual([[["importResidences"], "BAD_USER_INPUT"]]);
    expect(await residenceOf(students[15].id)).toBeNull();
  });
});
