import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { column, pgArray, table } from "@campus/subgraph/data";
import { Warning } from "../warning/warning.entity";
import { WarningCategory, WarningStatus } from "../warning/warning.enums";

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

interface Row {
  grid: number;
  level: string | null;
  category: string | null;
  status: string | null;
  by_level: number;
  by_category: number;
  by_status: number;
  warnings: number;
  students: number;
  overdue: number;
}

/** Warnings whose current stage is past its due time (due_at is null only once CLOSED). */
function overdueCount(em: EntityManager): string {
  return `count(*) filter (where w."${column(em, Warning, "dueAt" satisfies keyof Warning).name}" < now())::int`;
}

/**
 * Each grid's counts of warnings not yet closed, for every grid of a request tick in one
 * statement: the (grid, resident, counts MENTAL_HEALTH) triples travel as three array parameters,
 * and grouping sets give the totals and each breakdown at once.
 */
function gridWarningCountsLoader(em: EntityManager): DataLoader<GridWarningKey, GridWarningCounts, string> {
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
      const counts = keys.map(
        (): GridWarningCounts => ({ studentsWithOpenWarnings: 0, open: 0, overdue: 0, byLevel: new Map(), byCategory: new Map(), byStatus: new Map() }),
      );
      if (!people.length) return counts;
      const rows: Row[] = await em.getConnection().execute(
        `select m.grid, w.level, w.category, w.status, ` +
          `grouping(w.level)::int as by_level, grouping(w.category)::int as by_category, grouping(w.status)::int as by_status, ` +
          `count(*)::int as warnings, count(distinct w.person_id)::int as students, ${overdueCount(em)} as overdue ` +
          `from unnest(?::int[], ?::uuid[], ?::boolean[]) as m(grid, person_id, mental_health) ` +
          `join ${table(em, Warning)} as w on w.person_id = m.person_id ` +
          `where w.status <> ? and (w.category <> ? or m.mental_health) ` +
          `group by grouping sets ((m.grid), (m.grid, w.level), (m.grid, w.category), (m.grid, w.status))`,
        [pgArray(grids), pgArray(people), pgArray(mental), WarningStatus.CLOSED, WarningCategory.MENTAL_HEALTH],
      );
      for (const row of rows) {
        const grid = counts[row.grid]!;
        // grouping(x) is 0 when the row is grouped by x: exactly one breakdown, or none for the totals.
        if (!row.by_level) grid.byLevel.set(row.level!, row.warnings);
        else if (!row.by_category) grid.byCategory.set(row.category!, row.warnings);
        else if (!row.by_status) grid.byStatus.set(row.status!, row.warnings);
        else Object.assign(grid, { studentsWithOpenWarnings: row.students, open: row.warnings, overdue: row.overdue });
      }
      return counts;
    },
    { cacheKeyFn: (key) => key.gridId },
  );
}

export function gridLoaders(em: EntityManager) {
  return { gridWarningCounts: gridWarningCountsLoader(em) };
}
