/**
 * The .xlsx writer (web/src/export/xlsx.ts) with the real exceljs, read back as Excel would: a bold,
 * frozen, filtered header row; column widths; numbers as numbers; instants as real Excel dates in
 * campus time; text that looks like a formula kept as text.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  buildXlsx,
  campusDateStamp,
  campusWallClock,
  DATE_TIME_FORMAT,
  safeSheetName,
} from "../src/export/xlsx";

async function readBack(bytes: Uint8Array<ArrayBuffer>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return sheet;
}

describe("exportXlsx's workbook", () => {
  it("writes a bold frozen header, column widths, numbers, text and dates in campus time", async () => {
    const raised = new Date("2024-09-10T10:30:00.000Z"); // 18:30 on campus (UTC+8)
    const bytes = await buildXlsx({
      fileName: "warnings",
      sheetName: "预警",
      columns: [
        { header: "学生", key: "name" },
        { header: "未关闭预警", key: "open", width: 12 },
        { header: "提出时间", key: "raisedAt" },
        { header: "入住日期", key: "movedIn", numFmt: "yyyy-mm-dd" },
        { header: "备注", key: "note" },
      ],
      rows: [
        {
          name: "王子涵",
          open: 2,
          raisedAt: raised,
          movedIn: new Date("2024-09-01T00:00:00+08:00"),
          note: '=HYPERLINK("http://example.invalid")',
        },
        { name: "李浩然", open: 0, raisedAt: null, movedIn: undefined, note: "未覆盖" },
      ],
    });
    // A zip, as every .xlsx is.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);

    const sheet = await readBack(bytes);
    expect(sheet.name).toBe("预警");
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "学生",
      "未关闭预警",
      "提出时间",
      "入住日期",
      "备注",
    ]);
    for (let c = 1; c <= 5; c++) expect(sheet.getRow(1).getCell(c).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    // Widths: as given, or from the widest value (CJK counts double), at least 8.
    expect(sheet.getColumn(2).width).toBe(12);
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(5).width).toBeGreaterThan(30);

    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe("王子涵");
    expect(row.getCell(2).value).toBe(2);
    // A real date (a serial number in the file, a Date when read), at 18:30 as on campus.
    const when = row.getCell(3).value;
    expect(when).toBeInstanceOf(Date);
    expect((when as Date).toISOString()).toBe("2024-09-10T18:30:00.000Z");
    expect(row.getCell(3).numFmt).toBe(DATE_TIME_FORMAT);
    expect((row.getCell(4).value as Date).toISOString()).toBe("2024-09-01T00:00:00.000Z");
    expect(row.getCell(4).numFmt).toBe("yyyy-mm-dd");
    // Text that looks like a formula stays text.
    expect(row.getCell(5).value).toBe('=HYPERLINK("http://example.invalid")');
    expect(row.getCell(5).formula).toBeUndefined();

    const empty = sheet.getRow(3);
    expect(empty.getCell(2).value).toBe(0);
    expect(empty.getCell(3).value).toBeNull();
    expect(empty.getCell(4).value).toBeNull();
  });

  it("names sheets as Excel allows and dates files on campus", () => {
    expect(safeSheetName("a/b:c*d?[e]")).toBe("a b c d  e");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(safeSheetName(" / ")).toBe("Sheet1");
    // 23:30 UTC is the next morning on campus.
    expect(campusDateStamp(new Date("2024-09-10T23:30:00Z"))).toBe("2024-09-11");
    expect(campusWallClock(new Date("2024-12-31T16:00:00Z")).toISOString()).toBe(
      "2025-01-01T00:00:00.000Z",
    );
  });
});
