import { DegreeLevel } from "../person/person.enums";
import { RosterImportReason as Reason, type RosterImportProblem } from "./roster-import.type";
import { MAX_CELL_LENGTH } from "./roster-import.input";

/** What a column of a roster file holds, by the headers that name it (Chinese first). */
export type RosterField = "number" | "name" | "school" | "college" | "class" | "cohort" | "degree";

const HEADERS: Record<RosterField, readonly string[]> = {
  number: ["学号", "工号", "学号/工号", "学工号", "number"],
  name: ["姓名", "name"],
  school: ["学院", "单位", "school"],
  college: ["书院", "college"],
  class: ["班级", "class"],
  cohort: ["入学年份", "年级", "入学时间", "入学日期", "cohort"],
  degree: ["培养层次", "学历层次", "层次", "degree"],
};

const DEGREES: Record<string, DegreeLevel> = {
  本科: DegreeLevel.UNDERGRADUATE,
  本科生: DegreeLevel.UNDERGRADUATE,
  硕士: DegreeLevel.MASTER,
  硕士研究生: DegreeLevel.MASTER,
  博士: DegreeLevel.DOCTORAL,
  博士研究生: DegreeLevel.DOCTORAL,
  UNDERGRADUATE: DegreeLevel.UNDERGRADUATE,
  MASTER: DegreeLevel.MASTER,
  DOCTORAL: DegreeLevel.DOCTORAL,
};

/** 学号/工号: letters, digits and dashes. */
const NUMBER = /^[A-Za-z0-9-]{1,32}$/;

/** A row as read, cells trimmed; `cohort` and `degree` parsed. */
export interface RosterRow {
  /** Row number in the file. */
  row: number;
  number: string;
  name: string;
  school: string;
  college: string;
  class: string;
  cohort: number | null;
  degree: DegreeLevel | null;
}

export interface ReadRoster {
  columns: Partial<Record<RosterField, number>>;
  /** The file's header of each field read, for the report. */
  headers: Partial<Record<RosterField, string>>;
  ignoredColumns: string[];
  rows: RosterRow[];
  problems: RosterImportProblem[];
}

function normalise(header: string): string {
  return header.replace(/\s+/g, "").toLowerCase();
}

/**
 * 入学年份 as a year: "2024", "2024级", or a date that exists ("2024-09-01", "2024/9/1",
 * "2024.9.1", "2024年9月1日"), within the years a student enters. Null when it is neither.
 */
export function parseCohort(text: string, thisYear: number): number | null {
  let year: number;
  const only = text.match(/^(\d{4})(级|年)?$/);
  const date = text.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (only) year = Number(only[1]);
  else if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const day = new Date(Date.UTC(y, m - 1, d));
    if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
      return null;
    year = y;
  } else return null;
  return year >= 1950 && year <= thisYear + 1 ? year : null;
}

/** Reads the header and each row's cells, reporting what a row alone can tell wrong. */
export function readRoster(header: string[], rows: string[][], thisYear: number): ReadRoster {
  const problems: RosterImportProblem[] = [];
  const columns: Partial<Record<RosterField, number>> = {};
  const headers: Partial<Record<RosterField, string>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((cell, index) => {
    const text = normalise(cell ?? "");
    const field = (Object.keys(HEADERS) as RosterField[]).find((f) =>
      HEADERS[f].some((h) => normalise(h) === text),
    );
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
  for (const field of ["number", "name"] as const) {
    if (columns[field] === undefined)
      problems.push({
        row: 1,
        column: HEADERS[field][0] ?? field,
        reason: Reason.MISSING_COLUMN,
        value: null,
      });
  }
  if (problems.length) return { columns, headers, ignoredColumns, rows: [], problems };

  const read: RosterRow[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (!cells.some((c) => typeof c === "string" && c.trim())) return;
    const cell = (field: RosterField) => {
      const at = columns[field];
      return at === undefined ? "" : (cells[at] ?? "").trim();
    };
    const problem = (field: RosterField, reason: Reason, value: string | null) =>
      problems.push({ row, column: headers[field] ?? null, reason, value });
    const values = {} as Record<RosterField, string>;
    for (const field of Object.keys(HEADERS) as RosterField[]) {
      values[field] = cell(field);
      if (values[field].length > MAX_CELL_LENGTH) {
        problem(field, Reason.BAD_VALUE, values[field].slice(0, MAX_CELL_LENGTH));
        values[field] = "";
      }
    }
    if (!values.number) problem("number", Reason.MISSING_VALUE, null);
    else if (!NUMBER.test(values.number)) problem("number", Reason.BAD_VALUE, values.number);
    if (!values.name) problem("name", Reason.MISSING_VALUE, null);
    // eslint-disable-next-line no-control-regex
    else if (values.name.length > 100 || /[\u0000-\u001f\u007f]/.test(values.name))
      problem("name", Reason.BAD_VALUE, values.name);
    let cohort: number | null = null;
    if (values.cohort) {
      cohort = parseCohort(values.cohort, thisYear);
      if (cohort === null) problem("cohort", Reason.BAD_DATE, values.cohort);
    }
    let degree: DegreeLevel | null = null;
    if (values.degree) {
      degree = DEGREES[values.degree] ?? DEGREES[values.degree.toUpperCase()] ?? null;
      if (!degree) problem("degree", Reason.BAD_VALUE, values.degree);
    }
    read.push({
      row,
      number: values.number,
      name: values.name,
      school: values.school,
      college: values.college,
      class: values.class,
      cohort,
      degree,
    });
  });
  return { columns, headers, ignoredColumns, rows: read, problems };
}
