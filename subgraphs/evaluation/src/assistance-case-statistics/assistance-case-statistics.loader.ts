import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  AssistanceCaseStatisticsRepository,
  unitsOf,
  type CaseFiguresQuery,
  type CaseFiguresRow,
} from "./assistance-case-statistics.repository";

/**
 * One unit's question of a request: `id` names it (the unit and the range); `query` is the
 * caller's (the same for every key of a request but the range); `students` the unit's students
 * whose cases are counted.
 */
export interface UnitCaseKey {
  id: string;
  query: CaseFiguresQuery;
  students: readonly string[];
}

/**
 * Every unit's case statistics of a request tick: one statement per range asked (in practice
 * one), however many units, students or cases; each key answers its unit's rows.
 */
export function unitCaseStatisticsLoader(
  em: EntityManager,
): DataLoader<UnitCaseKey, CaseFiguresRow[], string> {
  return new DataLoader(
    async (keys) => {
      const answers = keys.map((): CaseFiguresRow[] => []);
      const ranges = new Map<string, number[]>();
      keys.forEach((key, index) => {
        const range = `${key.query.from.toISOString()} ${key.query.to.toISOString()}`;
        ranges.set(range, [...(ranges.get(range) ?? []), index]);
      });
      for (const indexes of ranges.values()) {
        const units: number[] = [];
        const students: string[] = [];
        indexes.forEach((index, unit) => {
          for (const student of keys[index].students) {
            units.push(unit);
            students.push(student);
          }
        });
        const first = keys[indexes[0]];
        const rows = await new AssistanceCaseStatisticsRepository(em).figures(
          first.query,
          unitsOf(indexes.length, units, students),
        );
        for (const row of rows) {
          if (row.unit < indexes.length) answers[indexes[row.unit]].push(row);
        }
      }
      return answers;
    },
    { cacheKeyFn: (key) => key.id },
  );
}

export function assistanceCaseStatisticsLoaders(em: EntityManager) {
  return { unitCaseStatistics: unitCaseStatisticsLoader(em) };
}
