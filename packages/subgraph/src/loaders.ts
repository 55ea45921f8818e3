import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass, FilterQuery, FindOptions } from "@mikro-orm/core";

/** Loads entities by id: one `WHERE id IN (...)` per tick, whatever the number of parents. */
export function entityLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the rows that belong to each key (a person's enrolments, a grid's rooms): one query per
 * tick for all keys. `where` turns the batch of keys into a filter, `keyOf` reads a row's key.
 */
export function groupLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: (keys: string[]) => FilterQuery<T>,
  keyOf: (row: T) => string,
  options: FindOptions<T, any> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const rows = await em.find(entity, where([...keys]), options);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
