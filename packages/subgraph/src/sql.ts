import { raw, type RawQueryFragment } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "./ids";

/**
 * An entity's table, schema-qualified and quoted by the ORM, for SQL generated in pieces whose
 * parameters are collected as the text is written (the warning engine); elsewhere pass
 * `tableName` as a `??` parameter.
 */
export function table(em: EntityManager, entity: { name: string }): string {
  return em.getPlatform().quoteIdentifier(tableName(em, entity));
}

/** A property's column: its name as rows come back with it, and its SQL type (for casting bound values). */
export function column(
  em: EntityManager,
  entity: { name: string },
  property: string,
): { name: string; type: string } {
  const prop = em.getMetadata().get(entity.name).properties[property];
  if (!prop) throw new Error(`${entity.name} has no property ${property}`);
  return { name: prop.fieldNames[0], type: prop.columnTypes[0] };
}

/**
 * A PostgreSQL array literal, bound as ONE parameter (`?::uuid[]`, `?::text[]`): a list of 40,000
 * ids stays one parameter, well inside PostgreSQL's 65,535, where `$in` would bind one each. Text
 * elements are quoted and escaped; order and repeats are kept (unnest pairs arrays by position).
 */
export function pgArray(values: readonly (string | number | boolean)[]): string {
  return `{${values.map((v) => (typeof v === "string" ? `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : String(v))).join(",")}}`;
}

/**
 * `pgArray` as ready SQL text, for arrays of tens of thousands of elements: MikroORM escapes a
 * string parameter character by character (about a second for the 3 MB statement of a
 * 40,000-row import, docs/BENCHMARKS.md), where this is two native replaces. An escape string
 * (E'...') with backslashes and quotes doubled, so it reads the same whatever
 * standard_conforming_strings says. Pass it where a `?` stands, e.g. `?::uuid[]`.
 */
export function pgArrayLiteral(values: readonly (string | number | boolean)[]): RawQueryFragment {
  return raw<object, RawQueryFragment>(
    `E'${pgArray(values).replaceAll("\\", "\\\\").replaceAll("'", "''")}'`,
  );
}

/** Ids as a uuid[] literal for a filter: anything that is not an id is dropped, each id once. */
export function uuidArray(ids: Iterable<string>): string {
  return pgArray([...new Set([...ids].filter(isId))]);
}

/**
 * A filter value for a uuid column: "is one of these ids", as one uuid[] parameter rather than one
 * parameter per id (`$in`), so a college's scope of thousands of students stays one statement.
 */
export function anyId(ids: Iterable<string>): string {
  // A raw fragment stands where a filter takes a value; MikroORM types it as whatever that value
  // is, here the id column's.
  return raw<object, string>("any(?::uuid[])", [uuidArray(ids)]);
}

/*
 * Statements written by hand go through `selectRows` and `runStatement`: each carries a label
 * comment naming its operation (`/* people.staffScope *\/ select ...`), which shows in the SQL log
 * and in pg_stat_statements, and runs in the EntityManager's transaction when it has one.
 * Identifiers are `??` parameters (the ORM quotes them); values are `?` parameters.
 */

/** `<subgraph>.<operation>`, words only: a label can never close its comment. */
const LABEL = /^[a-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

/** Checks a statement label, for `comments` in find options and `qb.comment()`. */
export function label(name: string): string {
  if (!LABEL.test(name)) throw new Error(`${name} is not a statement label (subgraph.operation)`);
  return name;
}

/** The statement with its label comment in front. */
export function labelled(name: string, sql: string): string {
  return `/* ${label(name)} */ ${sql}`;
}

/** Runs a labelled statement and answers its rows, typed by the caller's row shape. */
export function selectRows<Row extends object>(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return em
    .getConnection()
    .execute<Row[]>(labelled(name, sql), [...params], "all", em.getTransactionContext());
}

/** Runs a labelled statement that answers no rows; returns the rows it changed. */
export async function runStatement(
  em: EntityManager,
  name: string,
  sql: string,
  params: readonly unknown[] = [],
): Promise<number> {
  const result = await em
    .getConnection()
    .execute<{ affectedRows: number }>(
      labelled(name, sql),
      [...params],
      "run",
      em.getTransactionContext(),
    );
  return result.affectedRows;
}

function schemaOf(em: EntityManager, entity: { name: string }): string | undefined {
  const meta = em.getMetadata().get(entity.name);
  return meta.schema && meta.schema !== "*" ? meta.schema : em.config.get("schema");
}

/** An entity's table as `schema.table`, for a `??` parameter. */
export function tableName(em: EntityManager, entity: { name: string }): string {
  const schema = schemaOf(em, entity);
  const { tableName } = em.getMetadata().get(entity.name);
  return schema ? `${schema}.${tableName}` : tableName;
}

/** The PostgreSQL type of an entity's native enum property as `schema.type`, for a `??` parameter in a cast. */
export function enumTypeName(
  em: EntityManager,
  entity: { name: string },
  property: string,
): string {
  const prop = em.getMetadata().get(entity.name).properties[property];
  if (!prop?.nativeEnumName) throw new Error(`${entity.name}.${property} is not a native enum`);
  const schema = schemaOf(em, entity);
  return schema ? `${schema}.${prop.nativeEnumName}` : prop.nativeEnumName;
}

/** `<schema>.<entity><Operation>` (`people.personPageByClassId`): the label of a statement the shared helpers make. */
export function entityLabel(
  em: EntityManager,
  entity: { name: string },
  operation: string,
): string {
  const schema = schemaOf(em, entity) ?? "public";
  return label(
    `${schema.replace(/[^A-Za-z0-9]/g, "")}.${entity.name.charAt(0).toLowerCase()}${entity.name.slice(1)}${operation.charAt(0).toUpperCase()}${operation.slice(1)}`,
  );
}
