/**
 * Reading a roster file in the browser: `.xlsx` with exceljs (the library the export already
 * uses, loaded on demand) and `.csv` (UTF-8, with or without a BOM; RFC 4180 quoting). Every cell
 * becomes text as the file shows it; the server reads the header and checks every row.
 */

/** Largest file read: a roster of 5,000 rows is far below it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Most rows one import takes (importRoster's own limit). */
export const MAX_ROWS = 5000;

export interface RosterSheet {
  header: string[];
  /** Rows under the header in file order, blank rows kept so row numbers match the file. */
  rows: string[][];
}

export class RosterFileError extends Error {
  constructor(readonly reason: "tooLarge" | "type" | "empty" | "tooManyRows" | "unreadable") {
    super(reason);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** An exceljs cell value as the sheet shows it; dates as YYYY-MM-DD (Excel dates carry no zone). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return "";
  }
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

async function readXlsx(data: ArrayBuffer): Promise<string[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}

/** RFC 4180: fields split by commas, quoted with "" for a quote, rows by CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field.trim());
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

/**
 * The file's first sheet (or the CSV) as a header and rows; refuses what no import takes: more
 * than `maxRows` rows (a roster's 5,000 by default; the residence import stages more in parts).
 */
export async function readRosterFile(file: File, maxRows = MAX_ROWS): Promise<RosterSheet> {
  if (file.size > MAX_FILE_BYTES) throw new RosterFileError("tooLarge");
  const name = file.name.toLowerCase();
  let table: string[][];
  try {
    if (name.endsWith(".xlsx")) table = await readXlsx(await file.arrayBuffer());
    else if (name.endsWith(".csv")) table = parseCsv(await file.text());
    else throw new RosterFileError("type");
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError("unreadable");
  }
  // Trailing blank rows are not rows of the roster.
  while (table.length && !table[table.length - 1]?.some(Boolean)) table.pop();
  const [header, ...rows] = table;
  if (!header?.some(Boolean) || !rows.length) throw new RosterFileError("empty");
  if (rows.length > maxRows) throw new RosterFileError("tooManyRows");
  return { header, rows };
}
