import DataLoader from "dataloader";
import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Warning } from "./warning.entity";
import type { WarningRepository } from "./warning.repository";
import { WarningEscalation } from "./warning-escalation.entity";
import { WarningTransition } from "./warning-transition.entity";

/**
 * A list of the warnings of some students (a unit's): `where` is the caller's list filter, the same
 * for every key of one `shape` (the filter, order, page size and cursor as the client gave them).
 */
export interface AmongKey {
  /** The unit, for the cache. */
  id: string;
  students: readonly string[];
  where: FilterQuery<Warning>;
  shape: string;
}

export interface AmongPageKey extends AmongKey {
  sort: "raisedAt" | "dueAt";
  limit: number;
}

/** Keys with the same shape, with their positions in the batch. */
function byShape<K extends AmongKey>(keys: readonly K[]): { key: K; index: number }[][] {
  const groups = new Map<string, { key: K; index: number }[]>();
  keys.forEach((key, index) => {
    const group = groups.get(key.shape) ?? [];
    group.push({ key, index });
    groups.set(key.shape, group);
  });
  return [...groups.values()];
}

/** The batch's (position, student) pairs as two parallel arrays, for unnest. */
function pairs(group: { key: AmongKey; index: number }[]): [number[], string[]] {
  const positions: number[] = [];
  const students: string[] = [];
  for (const { key, index } of group)
    for (const student of key.students) {
      positions.push(index);
      students.push(student);
    }
  return [positions, students];
}

const warningRepository = (em: EntityManager) =>
  em.getRepository<Warning, WarningRepository>(Warning);

/**
 * Pages of many units' warnings: one statement per shape in a batch (in practice one, however many
 * units), each unit's page cut by a window over its students' rows.
 */
function warningPagesAmongLoader(em: EntityManager): DataLoader<AmongPageKey, Warning[], string> {
  return new DataLoader(
    async (keys) => {
      const pages = keys.map((): Warning[] => []);
      for (const group of byShape(keys)) {
        const [positions, students] = pairs(group);
        const { where, sort, limit } = group[0].key;
        if (!students.length) continue;
        const rows = await warningRepository(em).pagesAmong(
          where,
          positions,
          students,
          sort,
          limit,
        );
        for (const row of rows) pages[row.group]?.push(row.warning);
      }
      return pages;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.shape]) },
  );
}

/** Many units' warning counts: one GROUP BY statement per filter in a batch. */
function warningCountsAmongLoader(em: EntityManager): DataLoader<AmongKey, number, string> {
  return new DataLoader(
    async (keys) => {
      const counts = keys.map(() => 0);
      for (const group of byShape(keys)) {
        const [positions, students] = pairs(group);
        if (!students.length) continue;
        const n = await warningRepository(em).countsAmong(group[0].key.where, positions, students);
        for (const [position, count] of n) counts[position] = count;
      }
      return counts;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.shape]) },
  );
}

export function warningLoaders(em: EntityManager) {
  return {
    warning: entityLoader(em, Warning),
    warningPagesAmong: warningPagesAmongLoader(em),
    warningCountsAmong: warningCountsAmongLoader(em),
    /** A person's warnings, newest first: one query for all the people of a request tick. */
    warningsByPerson: groupLoader(
      em,
      Warning,
      (personIds) => ({ personId: { $in: personIds } }),
      (w) => w.personId,
      {
        orderBy: { raisedAt: "desc", id: "desc" },
      },
    ),
    /** A warning's history, oldest first. */
    transitionsByWarning: groupLoader(
      em,
      WarningTransition,
      (warningIds) => ({ warning: { $in: warningIds } }),
      (t) => t.warning.id,
      {
        orderBy: { warningVersion: "asc" },
      },
    ),
    /** A warning's escalations, oldest first. */
    escalationsByWarning: groupLoader(
      em,
      WarningEscalation,
      (warningIds) => ({ warning: { $in: warningIds } }),
      (e) => e.warning.id,
      {
        orderBy: { dueAt: "asc", id: "asc" },
      },
    ),
  };
}
