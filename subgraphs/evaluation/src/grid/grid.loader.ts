import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Warning } from "../warning/warning.entity";
import type { WarningRepository } from "../warning/warning.repository";

/** One grid's question: the residents the caller may count, and those of them whose MENTAL_HEALTH warnings count too. */
export interface GridWarningKey {
  gridId: string;
  counted: readonly string[];
  mentalHealth: ReadonlySet<string>;
}

export interface GridWarningCounts {
  studentsWithOpenWarnings: number;
  open: number;
  overdue: number;
  byLevel: Map<string, number>;
  byCategory: Map<string, number>;
  byStatus: Map<string, number>;
}

/**
 * Each grid's counts of warnings not yet closed, for every grid of a request tick in one
 * statement: the (grid, resident, counts MENTAL_HEALTH) triples travel as three array parameters,
 * and grouping sets give the totals and each breakdown at once.
 */
function gridWarningCountsLoader(
  em: EntityManager,
): DataLoader<GridWarningKey, GridWarningCounts, string> {
  return new DataLoader(
    async (keys) => {
      const grids: number[] = [];
      const people: string[] = [];
      const mental: boolean[] = [];
      keys.forEach((key, index) => {
        for (const id of key.counted) {
          grids.push(index);
          people.push(id);
          mental.push(key.mentalHealth.has(id));
        }
      });
      const counts = keys.map((): GridWarningCounts => ({
        studentsWithOpenWarnings: 0,
        open: 0,
        overdue: 0,
        byLevel: new Map(),
        byCategory: new Map(),
        byStatus: new Map(),
      }));
      if (!people.length) return counts;
      const rows = await em
        .getRepository<Warning, WarningRepository>(Warning)
        .openCountsByGrid(grids, people, mental);
      for (const row of rows) {
        const grid = counts[row.grid];
        // grouping(x) is 0 when the row is grouped by x: exactly one breakdown, or none for the totals.
        // The columns are not null, so a breakdown row always names its value.
        if (!row.by_level) {
          if (row.level !== null) grid.byLevel.set(row.level, row.warnings);
        } else if (!row.by_category) {
          if (row.category !== null) grid.byCategory.set(row.category, row.warnings);
        } else if (!row.by_status) {
          if (row.status !== null) grid.byStatus.set(row.status, row.warnings);
        } else
          Object.assign(grid, {
            studentsWithOpenWarnings: row.students,
            open: row.warnings,
            overdue: row.overdue,
          });
      }
      return counts;
    },
    { cacheKeyFn: (key) => key.gridId },
  );
}

export function gridLoaders(em: EntityManager) {
  return { gridWarningCounts: gridWarningCountsLoader(em) };
}
