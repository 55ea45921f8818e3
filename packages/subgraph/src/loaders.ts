import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass, FilterQuery, FindOptions } from "@mikro-orm/core";
import { entityLabel } from "./sql";

/*
 * The one batching mechanism of the subgraphs: a request's loaders (built per request with its
 * forked EntityManager). MikroORM's own dataloader (Ref.load()) is switched off in packages/db.
 */

/** Loads entities by id: one `WHERE id IN (...)` per tick, whatever the number of parents. */
export function entityLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const where: FilterQuery<{ id: string }> = { id: { $in: [...ids] } };
    const rows = await em.find(entity, where as FilterQuery<T>, {
      comments: entityLabel(em, entity, "byId"),
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the rows that belong to each key (a person's enrolments, a grid's rooms): one query per
 * tick for all keys. `where` turns the batch of keys into a filter, `keyOf` reads a row's key;
 * `operation` names the statement (`byPerson` labels it `<schema>.<entity>ByPerson`).
 */
export function groupLoader<T extends object, Hint extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: (keys: string[]) => FilterQuery<T>,
  keyOf: (row: T) => string,
  options: FindOptions<T, Hint> = {},
  operation = "byGroup",
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const labelled: FindOptions<T, Hint> = {
      comments: entityLabel(em, entity, operation),
      ...options,
    };
    const rows = await em.find(entity, where([...keys]), labelled);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
