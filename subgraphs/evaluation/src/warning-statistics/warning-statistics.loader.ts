import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  WarningStatisticsRepository,
  type StatisticsQuestion,
  type StatisticsRow,
  type VisibleWarnings,
} from "./warning-statistics.repository";

/**
 * One statistics question of a request: `id` names it (the unit and range, or the range alone for
 * the caller's visible warnings); `visible` is the caller's row rule, which questions without
 * members count over.
 */
export interface StatisticsKey {
  id: string;
  question: StatisticsQuestion;
  visible: VisibleWarnings | null;
}

/** A cell's raw figures, before suppression. */
export interface CellFigures {
  students: number;
  raised: number;
  handled: number;
  closed: number;
  overdue: number;
  outsideCare: boolean;
  medianHours: number | null;
  meanHours: number | null;
}

/** One question's answer: the totals, each month of the range in order, and the non-empty categories and levels. */
export interface StatisticsAnswer {
  total: CellFigures;
  months: { month: string; figures: CellFigures }[];
  byCategory: Map<string, CellFigures>;
  byLevel: Map<string, CellFigures>;
}

export const NO_WARNINGS: CellFigures = Object.freeze({
  students: 0,
  raised: 0,
  handled: 0,
  closed: 0,
  overdue: 0,
  outsideCare: false,
  medianHours: null,
  meanHours: null,
});

const NOBODY: VisibleWarnings = { anyone: [], mentalHealth: [], care: [] };

function figuresOf(row: StatisticsRow): CellFigures {
  return {
    students: row.students,
    raised: row.raised,
    handled: row.handled,
    closed: row.closed,
    overdue: row.overdue,
    outsideCare: row.outside_care === true,
    medianHours: row.median_hours === null ? null : Number(row.median_hours),
    meanHours: row.mean_hours === null ? null : Number(row.mean_hours),
  };
}

/**
 * Every statistics question of a request tick in one statement (the root query's ranges and every
 * unit's, each unit with its members), whatever the number of units, students or warnings.
 */
export function warningStatisticsLoader(
  em: EntityManager,
): DataLoader<StatisticsKey, StatisticsAnswer, string> {
  return new DataLoader(
    async (keys) => {
      const answers = keys.map((): StatisticsAnswer => ({
        total: NO_WARNINGS,
        months: [],
        byCategory: new Map(),
        byLevel: new Map(),
      }));
      const visible = keys.find((key) => key.visible)?.visible ?? NOBODY;
      const rows = await new WarningStatisticsRepository(em).figures(
        keys.map((key) => key.question),
        visible,
        new Date(),
      );
      for (const row of rows) {
        const answer = answers[row.cell];
        if (!answer) continue;
        // grouping(x) is 0 when the row is grouped by x; the columns are not null, so such a row names its value.
        if (row.month !== null) answer.months.push({ month: row.month, figures: figuresOf(row) });
        else if (!row.by_category) {
          if (row.category !== null) answer.byCategory.set(row.category, figuresOf(row));
        } else if (!row.by_level) {
          if (row.level !== null) answer.byLevel.set(row.level, figuresOf(row));
        } else answer.total = figuresOf(row);
      }
      return answers;
    },
    { cacheKeyFn: (key) => key.id },
  );
}

export function warningStatisticsLoaders(em: EntityManager) {
  return { warningStatistics: warningStatisticsLoader(em) };
}
