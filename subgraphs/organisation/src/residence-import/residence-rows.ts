import { MAX_BED_LENGTH } from "../residence/residence.input";
import { MAX_CELL_LENGTH } from "./residence-import.input";
import {
  ResidenceImportReason as Reason,
  type ResidenceImportProblem,
} from "./residence-import.type";

/** What a column of a residence file holds, by the headers that name it (Chinese first). */
export type ResidenceField = "number" | "name" | "building" | "room" | "bed" | "movedInOn";

const HEADERS: Record<ResidenceField, readonly string[]> = {
  number: ["学号", "学工号", "number"],
  name: ["姓名", "name"],
  building: ["楼栋", "楼号", "宿舍楼", "楼宇", "楼栋名称", "building"],
  room: ["房间", "房间号", "宿舍", "宿舍号", "寝室", "寝室号", "room"],
  bed: ["床位", "床位号", "床号", "bed"],
  movedInOn: ["入住日期", "入住时间", "movedInOn"],
};

/** Columns a residence file must have; 姓名 is checked when present. */
const REQUIRED: readonly ResidenceField[] = ["number", "building", "room", "bed", "movedInOn"];

/** 学号: letters, digits and dashes, as people keeps them. */
const NUMBER = /^[A-Za-z0-9-]{1,32}$/;
/** A room number or a bed: letters, digits, dashes. */
const PLACE = /^[A-Za-z0-9-]{1,16}$/;

/** A row as read, cells trimmed, the date as YYYY-MM-DD. */
export interface ResidenceRow {
  /** Row number in the file. */
  row: number;
  number: string;
  name: string;
  building: string;
  room: string;
  bed: string;
  movedInOn: string;
}

export interface ReadResidences {
  /** The file's header of each field read, for the report. */
  headers: Partial<Record<ResidenceField, string>>;
  ignoredColumns: string[];
  rows: ResidenceRow[];
  problems: ResidenceImportProblem[];
}

function normalise(header: string): string {
  return header.replace(/\s+/g, "").toLowerCase();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * 入住日期 as YYYY-MM-DD: "2026-09-01", "2026/9/1", "2026.9.1" or "2026年9月1日", a day that
 * exists between 1950 and 2200. Null otherwise.
 */
export function parseDay(text: string): string | null {
  const date = text.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!date) return null;
  const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
    return null;
  if (y < 1950 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads the header and each row's cells, reporting what a row alone can tell wrong. */
export function readResidences(header: string[], rows: string[][]): ReadResidences {
  const problems: ResidenceImportProblem[] = [];
  const columns: Partial<Record<ResidenceField, number>> = {};
  const headers: Partial<Record<ResidenceField, string>> = {};
  const ignoredColumns: string[] = [];
  const fields = Object.keys(HEADERS) as ResidenceField[];
  header.forEach((cell, index) => {
    const text = normalise(cell ?? "");
    const field = fields.find((f) => HEADERS[f].some((h) => normalise(h) === text));
    if (!field) {
      if (text) ignoredColumns.push(cell.trim());
      return;
    }
    if (columns[field] !== undefined) {
      problems.push({ row: 1, column: cell.trim(), reason: Reason.DUPLICATE_COLUMN, value: null });
      return;
    }
    columns[field] = index;
    headers[field] = cell.trim();
  });
  for (const field of REQUIRED)
    if (columns[field] === undefined)
      problems.push({
        row: 1,
        column: HEADERS[field][0] ?? field,
        reason: Reason.MISSING_COLUMN,
        value: null,
      });
  if (problems.length) return { headers, ignoredColumns, rows: [], problems };

  const read: ResidenceRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (!cells.some((c) => typeof c === "string" && c.trim())) return;
    const problem = (field: ResidenceField, reason: Reason, value: string | null) =>
      problems.push({ row, column: headers[field] ?? null, reason, value });
    const values = {} as Record<ResidenceField, string>;
    for (const field of fields) {
      const at = columns[field];
      values[field] = at === undefined ? "" : (cells[at] ?? "").trim();
      if (values[field].length > MAX_CELL_LENGTH) {
        problem(field, Reason.BAD_VALUE, values[field].slice(0, MAX_CELL_LENGTH));
        values[field] = "";
      }
    }
    for (const field of REQUIRED) if (!values[field]) problem(field, Reason.MISSING_VALUE, null);
    if (values.number && !NUMBER.test(values.number))
      problem("number", Reason.BAD_VALUE, values.number);
    if (values.room && !PLACE.test(values.room)) problem("room", Reason.BAD_VALUE, values.room);
    if (values.bed && (values.bed.length > MAX_BED_LENGTH || !PLACE.test(values.bed)))
      problem("bed", Reason.BAD_VALUE, values.bed);
    let movedInOn = "";
    if (values.movedInOn) {
      movedInOn = parseDay(values.movedInOn) ?? "";
      if (!movedInOn) problem("movedInOn", Reason.BAD_DATE, values.movedInOn);
    }
    read.push({
      row,
      number: values.number,
      name: values.name,
      building: values.building,
      room: values.room,
      // "01" and "1" are one bed, as moveIn numbers beds 1 to capacity.
      bed: /^\d{1,3}$/.test(values.bed) ? String(Number(values.bed)) : values.bed,
      movedInOn,
    });
  });
  return { headers, ignoredColumns, rows: read, problems };
}
