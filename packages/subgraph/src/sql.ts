import { raw } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "./ids";

/** An entity's table, schema-qualified and quoted, for the few statements written by hand. */
export function table(em: EntityManager, entity: { name: string }): string {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema && meta.schema !== "*" ? meta.schema : em.config.get("schema");
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** A property's column: its name as rows come back with it, and its SQL type (for casting bound values). */
export function column(em: EntityManager, entity: { name: string }, property: string): { name: string; type: string } {
  const prop = em.getMetadata().get(entity.name).properties[property];
  if (!prop) throw new Error(`${entity.name} has no property ${property}`);
  return { name: prop.fieldNames[0]!, type: prop.columnTypes[0]! };
}

/**
 * A PostgreSQL array literal, bound as ONE parameter (`?::uuid[]`, `?::text[]`): a list of 40,000
 * ids stays one parameter, well inside PostgreSQL's 65,535, where `$in` would bind one each. Text
 * elements are quoted and escaped; order and repeats are kept (unnest pairs arrays by position).
 */
export function pgArray(values: readonly (string | number | boolean)[]): string {
  return `{${values.map((v) => (typeof v === "string" ? `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : String(v))).join(",")}}`;
}

/** Ids as a uuid[] literal for a filter: anything that is not an id is dropped, each id once. */
export function uuidArray(ids: Iterable<string>): string {
  return pgArray([...new Set([...ids].filter(isId))]);
}

/**
 * A filter value for a uuid column: "is one of these ids", as one uuid[] parameter rather than one
 * parameter per id (`$in`), so a college's scope of thousands of students stays one statement.
 */
export function anyId(ids: Iterable<string>) {
  return raw("any(?::uuid[])", [uuidArray(ids)]);
}
