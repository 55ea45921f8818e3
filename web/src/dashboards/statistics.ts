import type { ResultOf } from "@graphql-typed-document-node/core";
import type { ChartCell, ChartDataset, ChartHeader } from "../charts/dataset";
import { graphql } from "../generated";
import type {
  WarningCategory,
  WarningFilter,
  WarningLevel,
  WarningStatus,
} from "../generated/graphql";
import type { Translator } from "../i18n";
import { paths } from "../router";

/**
 * The statistics dashboards' data: the API's warning statistics (over the warnings the caller may
 * list; cells of 1–4 students suppressed for callers without CARE for one of them), the ranges in
 * the URL, and the datasets the charts and their tables draw, every figure linking to the rows it
 * counts (`/dashboards/warnings?...`, whose totalCount is the figure).
 */

export const DASHBOARD_CALENDAR = graphql(`
  query DashboardCalendar {
    campusCalendar {
      today
      currentTerm
      previousTerm
    }
  }
`);

export const UNIVERSITY_DASHBOARD = graphql(`
  query UniversityDashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    warningStatistics(from: $from, to: $to) {
      ...DashboardWarningStatistics
    }
    assistanceCaseStatistics(from: $from, to: $to) {
      total {
        opened
        assisted
        suppressed
      }
    }
    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {
      id
      name
      kind
      warningStatistics(from: $from, to: $to) {
        total {
          ...DashboardWarningFigures
        }
      }
    }
    schools: orgUnits(kind: SCHOOL) {
      id
      name
      kind
      warningStatistics(from: $from, to: $to) {
        total {
          ...DashboardWarningFigures
        }
      }
    }
  }
  fragment DashboardWarningFigures on WarningFigures {
    students
    raised
    handled
    closed
    overdue
    suppressed
  }
  fragment DashboardWarningStatistics on WarningStatistics {
    total {
      ...DashboardWarningFigures
    }
    byMonth {
      month
      figures {
        ...DashboardWarningFigures
      }
    }
    byCategory {
      category
      figures {
        ...DashboardWarningFigures
      }
    }
    byLevel {
      level
      figures {
        ...DashboardWarningFigures
      }
      medianHoursToClose
      meanHoursToClose
    }
  }
`);

export const UNIT_DASHBOARD = graphql(`
  query UnitDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    orgUnit(id: $id) {
      id
      name
      kind
      warningStatistics(from: $from, to: $to) {
        ...DashboardWarningStatistics
      }
    }
  }
`);

export const DASHBOARD_UNITS = graphql(`
  query DashboardUnits {
    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {
      id
      name
      kind
    }
    schools: orgUnits(kind: SCHOOL) {
      id
      name
      kind
    }
  }
`);

export const DASHBOARD_MY_UNITS = graphql(`
  query DashboardMyUnits($id: ID!) {
    person(id: $id) {
      id
      staffAssignments {
        id
        role
        targetKind
        targetId
        endsOn
      }
    }
  }
`);

export type WarningStatisticsAnswer = NonNullable<
  ResultOf<typeof UNIVERSITY_DASHBOARD>["warningStatistics"]
>;
export type Figures = WarningStatisticsAnswer["total"];
export type Measure = "raised" | "handled" | "closed" | "overdue";
export const MEASURES: readonly Measure[] = ["raised", "handled", "closed", "overdue"];

// ---- ranges: `from` and `to` are campus days (YYYY-MM-DD), both included ----

export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The day after `day`. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The instant a campus day (Asia/Shanghai, UTC+8 all year) begins. */
export const campusMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/** The API's [from, to) for a range of whole days. */
export const apiRange = (range: DayRange) => ({
  from: campusMidnight(range.from),
  to: campusMidnight(nextDay(range.to)),
});

/** The academic year (September to August) `today` falls in. */
export function academicYearOf(today: string): DayRange {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

const TERM = /^(\d{4})-(\d{4})-([12])$/;
export const isTerm = (value: string | null): value is string => {
  const match = value === null ? null : TERM.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
};

/**
 * A term's days, as the campus calendar counts them (termOf): the autumn term "Y-(Y+1)-1" from
 * 1 September to the end of February, the spring term "Y-(Y+1)-2" from 1 March to the end of August.
 */
export function termRange(term: string): DayRange {
  const match = TERM.exec(term);
  if (!match) throw new Error(`not a term: ${term}`);
  const first = Number(match[1]);
  const second = first + 1;
  return match[3] === "1"
    ? { from: `${first}-09-01`, to: lastDayOf(`${second}-02`) }
    : { from: `${second}-03-01`, to: `${second}-08-31` };
}

/** The last day of a month "YYYY-MM". */
export function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** The range in the URL, or null when it is missing or not a range. */
export function rangeOf(search: URLSearchParams): DayRange | null {
  const from = search.get("from");
  const to = search.get("to");
  return isDay(from) && isDay(to) && from <= to ? { from, to } : null;
}

// ---- the rows behind a figure ----

/** What a figure counts, as the rows page reads it from its URL. */
export interface RowsQuery {
  unit?: string;
  range?: DayRange;
  category?: WarningCategory;
  level?: WarningLevel;
  /** `handled`, `overdue`, or a status (`CLOSED`...). */
  status?: string;
}

const NOT_OPEN: readonly WarningStatus[] = [
  "ASSIGNED",
  "ASSESSED",
  "INTERVENING",
  "TRACKING",
  "CLOSED",
];
export const WARNING_STATUSES: readonly WarningStatus[] = ["OPEN", ...NOT_OPEN];

/** The rows a measure counts, as the `status` of the rows page. */
export const statusOfMeasure = (measure: Measure): string | undefined =>
  measure === "raised"
    ? undefined
    : measure === "handled"
      ? "handled"
      : measure === "closed"
        ? "CLOSED"
        : "overdue";

export function rowsHref(query: RowsQuery): string {
  const search = new URLSearchParams();
  if (query.unit) search.set("unit", query.unit);
  if (query.range) {
    search.set("from", query.range.from);
    search.set("to", query.range.to);
  }
  if (query.category) search.set("category", query.category);
  if (query.level) search.set("level", query.level);
  if (query.status) search.set("status", query.status);
  return paths.warningRows(search);
}

/** The API's filter for the rows a figure counts (as WarningFigures defines each figure). */
export function filterOf(query: RowsQuery): WarningFilter {
  const filter: WarningFilter = {};
  if (query.range) {
    const { from, to } = apiRange(query.range);
    filter.raisedFrom = from;
    filter.raisedBefore = to;
  }
  if (query.category) filter.category = query.category;
  if (query.level) filter.level = query.level;
  if (query.status === "handled") filter.statuses = [...NOT_OPEN];
  else if (query.status === "overdue") filter.overdue = true;
  else if (query.status && (WARNING_STATUSES as readonly string[]).includes(query.status))
    filter.statuses = [query.status as WarningStatus];
  return filter;
}

/** A month's days within the range (the API counts only that part of the first and last month). */
export function monthWithin(month: string, range: DayRange): DayRange {
  const from = `${month}-01`;
  const to = lastDayOf(month);
  return { from: from < range.from ? range.from : from, to: to > range.to ? range.to : to };
}

// ---- datasets ----

/** A figure of a cell: the number, or "<5" when suppressed (never 0), linking to its rows. */
export function figureCell(
  value: number | null | undefined,
  suppressed: boolean,
  href: string | undefined,
  t: Translator["t"],
  name?: string,
): ChartCell {
  if (suppressed || value === null || value === undefined)
    return {
      value: null,
      note: suppressed ? t("stats.suppressed") : t("dashboard.unavailable"),
      reason: suppressed ? t("stats.suppressedReason") : t("dashboard.unavailableReason"),
      href: suppressed ? undefined : href,
      name,
    };
  return { value, href, name };
}

const measureLabel = (t: Translator["t"], measure: Measure) => t(`stats.measure.${measure}`);

/** Rows × the four measures; `query(row)` says what the row counts. */
function measuresDataset<R>(
  rows: readonly R[],
  header: (row: R) => ChartHeader,
  figures: (row: R) => Figures,
  query: (row: R) => RowsQuery,
  t: Translator["t"],
  measures: readonly Measure[] = MEASURES,
): ChartDataset {
  return {
    rows: rows.map(header),
    columns: measures.map((m) => ({ key: m, label: measureLabel(t, m) })),
    cells: rows.map((row) => {
      const f = figures(row);
      const h = header(row);
      return measures.map((m) =>
        figureCell(
          f[m],
          f.suppressed,
          rowsHref({ ...query(row), status: statusOfMeasure(m) }),
          t,
          h.label,
        ),
      );
    }),
  };
}

export interface StatisticsDatasets {
  trend: ChartDataset;
  categories: ChartDataset;
  levels: ChartDataset;
  timeToClose: ChartDataset;
}

export function statisticsDatasets(
  stats: WarningStatisticsAnswer,
  range: DayRange,
  unit: string | undefined,
  t: Translator["t"],
  label: Translator["label"],
): StatisticsDatasets {
  const trend = measuresDataset(
    stats.byMonth,
    (m) => ({ key: m.month, label: m.month }),
    (m) => m.figures,
    (m) => ({ unit, range: monthWithin(m.month, range) }),
    t,
    ["raised", "closed"],
  );
  const categories = measuresDataset(
    stats.byCategory,
    (c) => ({ key: c.category, label: label("WarningCategory", c.category) }),
    (c) => c.figures,
    (c) => ({ unit, range, category: c.category }),
    t,
  );
  const levels = measuresDataset(
    stats.byLevel,
    (l) => ({ key: l.level, label: label("WarningLevel", l.level) }),
    (l) => l.figures,
    (l) => ({ unit, range, level: l.level }),
    t,
  );
  const round = (hours: number) => Math.round(hours * 10) / 10;
  const timeToClose: ChartDataset = {
    rows: stats.byLevel.map((l) => ({ key: l.level, label: label("WarningLevel", l.level) })),
    columns: [
      { key: "median", label: t("stats.median") },
      { key: "mean", label: t("stats.mean") },
    ],
    cells: stats.byLevel.map((l) => {
      const href = rowsHref({ unit, range, level: l.level, status: "CLOSED" });
      const hours = (value: number | null | undefined): ChartCell =>
        l.figures.suppressed
          ? figureCell(null, true, href, t)
          : value === null || value === undefined
            ? { value: null, note: t("stats.noneClosed"), href }
            : { value: round(value), href };
      return [hours(l.medianHoursToClose), hours(l.meanHoursToClose)];
    }),
  };
  return { trend, categories, levels, timeToClose };
}

export interface UnitTotal {
  id: string;
  name: string;
  warningStatistics?: { total: Figures } | null;
}

/** Units compared by their totals; a unit whose students the caller sees none of is "not covered". */
export function unitsDataset(
  units: readonly UnitTotal[],
  range: DayRange,
  t: Translator["t"],
): ChartDataset {
  return {
    rows: units.map((u) => ({ key: u.id, label: u.name, href: paths.unitDashboard(u.id, range) })),
    columns: MEASURES.map((m) => ({ key: m, label: measureLabel(t, m) })),
    cells: units.map((u) => {
      const total = u.warningStatistics?.total;
      return MEASURES.map((m): ChartCell =>
        total
          ? figureCell(
              total[m],
              total.suppressed,
              rowsHref({ unit: u.id, range, status: statusOfMeasure(m) }),
              t,
              u.name,
            )
          : {
              value: null,
              note: t("dashboard.notCovered"),
              reason: t("stats.notCoveredReason"),
              name: u.name,
            },
      );
    }),
  };
}
