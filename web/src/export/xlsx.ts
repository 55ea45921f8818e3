/**
 * Excel (.xlsx) export, with exceljs loaded on demand (a dynamic import: its ~1 MB stays out of the
 * main bundle and loads the first time someone exports).
 *
 * What an export may contain: only rows the page has already fetched through the API, for the
 * signed-in user. The API decided what that user may see (their duty's scope; personal fields
 * `null` with FORBIDDEN where they may not) and wrote every sensitive value it served to the audit
 * log; an export must never fetch more, or fetch differently, than the page it is offered on, so
 * the scope and the audit that applied to the page apply to the file too. Callers pass the page's
 * own data (see ExportButton).
 *
 * Values are written as values: strings are stored as text (never formulas, so a name starting with
 * "=" cannot run in Excel), numbers as numbers, and `Date`s as real Excel dates in campus time.
 */
import { CAMPUS_TIME_ZONE } from "../i18n";

export type XlsxValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn {
  header: string;
  /** The property of each row this column shows. */
  key: string;
  /** In characters; by default wide enough for the header and the longest value (up to 60). */
  width?: number;
  /** Excel's number format for this column's numbers and dates; dates default to `yyyy-mm-dd hh:mm`. */
  numFmt?: string;
}

export interface XlsxSpec {
  /** With or without `.xlsx`. */
  fileName: string;
  sheetName: string;
  columns: readonly XlsxColumn[];
  rows: readonly Readonly<Record<string, XlsxValue>>[];
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

/** An Excel date has no time zone: write the instant's wall-clock time on campus. */
export function campusWallClock(date: Date): Date {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: CAMPUS_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(
      part("year"),
      part("month") - 1,
      part("day"),
      part("hour"),
      part("minute"),
      part("second"),
      date.getMilliseconds(),
    ),
  );
}

/** The campus date of an instant, `YYYY-MM-DD`, for file names. */
export function campusDateStamp(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: CAMPUS_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").trim();
  return (cleaned || "Sheet1").slice(0, 31);
}

/** Display width in characters: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

function shownText(value: XlsxValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return DATE_TIME_FORMAT;
  return String(value);
}

/** The workbook's bytes: one sheet, a bold frozen header row with a filter, sized columns. */
export async function buildXlsx(spec: XlsxSpec): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Campus Graph";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(safeSheetName(spec.sheetName), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width:
      column.width ??
      Math.min(
        60,
        Math.max(
          8,
          displayWidth(column.header) + 2,
          ...spec.rows.map((row) => displayWidth(shownText(row[column.key])) + 2),
        ),
      ),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };

  for (const row of spec.rows) {
    const added = sheet.addRow(
      Object.fromEntries(
        spec.columns.map((column) => {
          const value = row[column.key];
          return [column.key, value instanceof Date ? campusWallClock(value) : (value ?? null)];
        }),
      ),
    );
    spec.columns.forEach((column, i) => {
      const value = row[column.key];
      const numFmt = column.numFmt ?? (value instanceof Date ? DATE_TIME_FORMAT : undefined);
      if (numFmt && value !== null && value !== undefined) added.getCell(i + 1).numFmt = numFmt;
    });
  }
  if (spec.columns.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Builds the workbook and hands it to the browser as a download named `fileName`. */
export async function exportXlsx(spec: XlsxSpec): Promise<void> {
  const bytes = await buildXlsx(spec);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
  const link = document.createElement("a");
  link.href = url;
  link.download = spec.fileName.toLowerCase().endsWith(".xlsx")
    ? spec.fileName
    : `${spec.fileName}.xlsx`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give slow machines a generous margin.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
