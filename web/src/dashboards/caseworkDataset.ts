import type { ResultOf } from "@graphql-typed-document-node/core";
import {
  campusDay,
  campusMidnight,
  casesHref,
  nextDay,
  type CaseListQuery,
} from "../cases/caseListQuery";
import type { ChartCell, ChartDataset, ChartHeader } from "../charts/dataset";
import { graphql } from "../generated";
import type { Translator } from "../i18n";

/**
 * 帮扶工作看板: assistanceCaseStatistics over a range of campus days, read into chart datasets
 * whose every figure links to the case list (or the overdue board) filtered to exactly the rows it
 * counts. Figures the API withholds (a cell of 1–4 students, a caller outside the care line) show as
 * suppressed, never as 0.
 */
export const CASEWORK_DASHBOARD = graphql(`
  query CaseworkDashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    assistanceCaseStatistics(from: $from, to: $to) {
      from
      to
      total {
        ...CaseworkDashboard_figures
      }
      byYear {
        year
        figures {
          ...CaseworkDashboard_figures
        }
      }
      byKind {
        kind
        figures {
          ...CaseworkDashboard_figures
        }
      }
      byGrade {
        grade
        figures {
          ...CaseworkDashboard_figures
        }
      }
      byStatus {
        status
        cases
        suppressed
      }
      overdueMeasuresByTier {
        tier
        measures
      }
    }
  }
`);

export const CaseworkDashboard_figures = graphql(`
  fragment CaseworkDashboard_figures on AssistanceCaseFigures {
    students
    opened
    graded
    assisted
    closed
    suppressed
  }
`);

export type CaseworkStatistics = ResultOf<typeof CASEWORK_DASHBOARD>["assistanceCaseStatistics"];

/** The figures of one cell, read off the fragment. */
export interface CaseFigures {
  students: number | null;
  opened: number | null;
  graded: number | null;
  assisted: number | null;
  closed: number | null;
  suppressed: boolean;
}

/** A range of campus days, both ends included, as the address has it. */
export interface DayRange {
  from: string;
  to: string;
}

/** Today on campus, `YYYY-MM-DD`. */
export function campusToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The current calendar year on campus. */
export function defaultRange(now = new Date()): DayRange {
  const year = campusToday(now).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The range in the address (`?from=&to=`, days included), or the default when absent or invalid. */
export function readRange(search: URLSearchParams, now = new Date()): DayRange {
  const from = campusDay(search.get("from"));
  const to = campusDay(search.get("to"));
  if (!from || !to || to < from) return defaultRange(now);
  return { from, to };
}

/** The API's arguments: from campus midnight opening `from` to the midnight closing `to`. */
export const rangeVariables = (range: DayRange) => ({
  from: campusMidnight(range.from),
  to: campusMidnight(nextDay(range.to)),
});

/** The case list's days for the range: openedBefore is the day after the last. */
export const rangeQuery = (range: DayRange): CaseListQuery => ({
  openedFrom: range.from,
  openedBefore: nextDay(range.to),
});

export const FIGURES = ["opened", "graded", "assisted", "closed"] as const;
export type Figure = (typeof FIGURES)[number];

/** The extra filter that narrows a cell's cases to one figure. */
export const figureQuery = (figure: Figure): CaseListQuery =>
  figure === "graded"
    ? { graded: true }
    : figure === "assisted"
      ? { reachedAssisting: true }
      : figure === "closed"
        ? { status: "CLOSED" }
        : {};

type T = Translator["t"];

/** A withheld figure: shown as such, with why. */
const suppressedCell = (t: T, name?: string): ChartCell => ({
  value: null,
  note: t("caseDashboard.suppressed"),
  reason: t("caseDashboard.suppressedReason"),
  name,
});

/** A figure cell: its value and a link to its rows, or withheld. */
export function figureCell(
  t: T,
  value: number | null,
  suppressed: boolean,
  href: string | undefined,
  name?: string,
): ChartCell {
  if (suppressed || value === null) return suppressedCell(t, name);
  return { value, href, name };
}

/** The figure columns: students (no list of their own), then the four case figures. */
function figureColumns(t: T): ChartHeader[] {
  return [
    { key: "students", label: t("caseDashboard.figure.students") },
    ...FIGURES.map((f) => ({ key: f, label: t(`caseDashboard.figure.${f}`) })),
  ];
}

/** Rows of cells × the five figures, each case figure linking to its cell's list. */
function figuresDataset(
  t: T,
  rows: { header: ChartHeader; figures: CaseFigures; query: CaseListQuery }[],
): ChartDataset {
  return {
    rows: rows.map((r) => r.header),
    columns: figureColumns(t),
    cells: rows.map(({ header, figures, query }) => [
      figureCell(t, figures.students, figures.suppressed, undefined, header.label),
      ...FIGURES.map((f) =>
        figureCell(
          t,
          figures[f],
          figures.suppressed,
          casesHref({ ...query, ...figureQuery(f) }),
          header.label,
        ),
      ),
    ]),
  };
}

export interface CaseworkView {
  total: CaseFigures;
  byStatus: ChartDataset;
  byKind: ChartDataset;
  byGrade: ChartDataset;
  byYear: ChartDataset;
  overdue: ChartDataset;
}

/** Reads the statistics into the dashboard's datasets. */
export function caseworkView(
  stats: CaseworkStatistics,
  range: DayRange,
  t: T,
  label: Translator["label"],
): CaseworkView {
  const base = rangeQuery(range);
  const cases = t("caseDashboard.valueName");

  const byStatus: ChartDataset = {
    rows: stats.byStatus.map((s) => ({
      key: s.status,
      label: label("AssistanceCaseStatus", s.status),
    })),
    columns: [{ key: "cases", label: cases }],
    cells: stats.byStatus.map((s) => [
      figureCell(
        t,
        s.cases,
        s.suppressed,
        casesHref({ ...base, status: s.status }),
        label("AssistanceCaseStatus", s.status),
      ),
    ]),
  };

  const byKind = figuresDataset(
    t,
    stats.byKind.map((k) => ({
      header: { key: k.kind, label: label("CaseKind", k.kind) },
      figures: k.figures,
      query: { ...base, kind: k.kind },
    })),
  );

  const byGrade = figuresDataset(
    t,
    stats.byGrade.map((g) => ({
      header: { key: g.grade, label: label("DifficultyGrade", g.grade) },
      figures: g.figures,
      query: { ...base, grade: g.grade },
    })),
  );

  // A year's cases: the part of the range inside that calendar year.
  const byYear = figuresDataset(
    t,
    stats.byYear.map((y) => {
      const first = `${y.year}-01-01`;
      const after = `${y.year + 1}-01-01`;
      return {
        header: { key: String(y.year), label: t("caseDashboard.year", { year: String(y.year) }) },
        figures: y.figures,
        query: {
          openedFrom: first > range.from ? first : range.from,
          openedBefore: after < nextDay(range.to) ? after : nextDay(range.to),
        },
      };
    }),
  );

  const overdue: ChartDataset = {
    rows: stats.overdueMeasuresByTier.map((o) => ({
      key: o.tier,
      label: label("EscalationTier", o.tier),
    })),
    columns: [{ key: "measures", label: t("caseDashboard.overdue.valueName") }],
    cells: stats.overdueMeasuresByTier.map((o) => [
      {
        value: o.measures,
        name: label("EscalationTier", o.tier),
        href: casesHref({ tier: o.tier }, "overdue-heading"),
      },
    ]),
  };

  return { total: stats.total, byStatus, byKind, byGrade, byYear, overdue };
}
