import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass, EntityDictionary, FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import { badUserInput } from "./errors";
import { isDateTime, isLocalDate } from "./dates";
import { isId } from "./ids";
import { column, entityLabel, selectRows, tableName, uuidArray } from "./sql";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string | null;
}

// Every subgraph with a connection defines PageInfo; @shareable lets composition accept them all.
@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Null when the page is empty." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows matching the filter, across all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}

/*
 * Keyset pages, ordered by (sortField, id): stable under inserts, and a page costs the same at row
 * 40,000 as at row 1, which OFFSET does not. Either direction (the audit log is newest first),
 * and pages of many parents at once (a class's students, a person's access records), so a nested
 * connection costs the same SQL for one parent as for a hundred.
 */
export type Order = "asc" | "desc";

export interface Cursor {
  sortValue: string | number;
  id: string;
}

function encodeCursor(sortValue: unknown, id: string): string {
  const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

/** Longest cursor any page issues (a sort value of a few hundred characters and an id). */
const MAX_CURSOR_LENGTH = 2048;

/**
 * A check that a cursor's sort value fits its column's SQL type, so a cursor of the right shape
 * with a wrong-typed value is the client's mistake (BAD_USER_INPUT), not a failed cast in SQL.
 */
export function sortValueCheck(columnType: string): (value: unknown) => boolean {
  const type = columnType.toLowerCase();
  if (type === "uuid") return isId;
  if (type.startsWith("timestamp")) return isDateTime;
  if (type === "date") return isLocalDate;
  if (/^(smallint|int|integer|bigint|int2|int4|int8)\b/.test(type))
    return (v) => Number.isSafeInteger(v) && Math.abs(v as number) <= 2 ** 31;
  if (/^(numeric|decimal|real|double|float)/.test(type))
    return (v) => typeof v === "number" && Number.isFinite(v);
  if (type === "boolean") return (v) => typeof v === "boolean";
  return (v) => typeof v === "string" && !v.includes("\u0000");
}

/** Decodes a cursor this API issued; anything else, or a sort value `check` refuses, is BAD_USER_INPUT on `after`. */
export function decodeCursor(
  value: string,
  check: (sortValue: unknown) => boolean = (v) => typeof v === "string" || typeof v === "number",
): Cursor {
  try {
    const parsed: unknown =
      value.length <= MAX_CURSOR_LENGTH
        ? JSON.parse(Buffer.from(value, "base64url").toString("utf8"))
        : null;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      check(parsed[0]) &&
      isId(parsed[1])
    ) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput("after is not a cursor this API issued", "after");
}

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
}

/** A connection from up to `first + 1` rows in page order: the extra row only says there is a next page. */
export function connectionOf<T extends { id: string }>(
  rows: T[],
  first: number,
  totalCount: number,
  sortField: keyof T & string,
): Connection<T> {
  const edges = rows
    .slice(0, first)
    .map((node) => ({ node, cursor: encodeCursor(node[sortField], node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** `paginate` in either direction: ordered by (sortField, id), both ascending or both descending. */
export async function paginateOrdered<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  sortField: keyof T & string,
  order: Order,
): Promise<Connection<T>> {
  assertPageSize(args.first);
  let pageWhere = where;
  if (args.after) {
    const { sortValue, id } = decodeCursor(
      args.after,
      sortValueCheck(column(em, entity, sortField).type),
    );
    const beyond = order === "asc" ? "$gt" : "$lt";
    pageWhere = {
      $and: [
        where,
        {
          $or: [
            { [sortField]: { [beyond]: sortValue } },
            { [sortField]: sortValue, id: { [beyond]: id } },
          ],
        },
      ],
    } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, {
      orderBy: { [sortField]: order, id: order } as QueryOrderMap<T>,
      limit: args.first + 1,
      comments: entityLabel(em, entity, "page"),
    }),
    em.count(entity, where, { comments: entityLabel(em, entity, "count") }),
  ]);
  return connectionOf(rows, args.first, totalCount, sortField);
}

/**
 * Equality conditions on a parent's rows, by property ("only this domain", "only this term"); a
 * null or undefined value sets no condition.
 */
export type GroupFilter = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** One page of one parent's rows: `limit` rows after `after`, matching `filter`. */
export interface GroupPageKey {
  groupId: string;
  limit: number;
  after: Cursor | null;
  filter?: GroupFilter;
}

/** One parent's row count, matching `filter`. */
export interface GroupCountKey {
  groupId: string;
  filter?: GroupFilter;
}

/** `and t."column" = ?` (as `t.?? = ?`) for each set entry of a filter, with its parameters, in a stable order. */
function filterSql<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  filter: GroupFilter | undefined,
): { sql: string; params: unknown[]; shape: string } {
  const entries = Object.entries(filter ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    sql: entries.map(() => ` and t.?? = ?`).join(""),
    params: entries.flatMap(([property, value]) => [column(em, entity, property).name, value]),
    shape: JSON.stringify(entries),
  };
}

/**
 * A page's keyset condition after its cursor (` and (t.sort, t.id) > (…)`, in `order`) and its
 * direction; pushes the condition's values, then the sort column and the limit, to `params`, in
 * the order the page's text uses them.
 */
function keysetPage(
  order: Order,
  sort: { name: string; type: string },
  key: GroupPageKey,
  params: unknown[],
): { after: string; direction: "asc" | "desc" } {
  let after = "";
  if (key.after) {
    // The column's SQL type comes from the entity's metadata, never from the request.
    after = ` and (t.??, t.id) ${order === "asc" ? ">" : "<"} (?::${sort.type}, ?::uuid)`;
    params.push(sort.name, key.after.sortValue, key.after.id);
  }
  params.push(sort.name, key.limit);
  return { after, direction: order === "asc" ? "asc" : "desc" };
}

/** Keys grouped by everything but the parent, so each group is one statement over many parents. */
function byShape<K extends { groupId: string }>(
  keys: readonly K[],
  shape: (key: K) => string,
): Map<string, { key: K; groupIds: string[] }> {
  const groups = new Map<string, { key: K; groupIds: string[] }>();
  for (const key of keys) {
    const group = groups.get(shape(key)) ?? { key, groupIds: [] };
    group.groupIds.push(key.groupId);
    groups.set(shape(key), group);
  }
  return groups;
}

/**
 * Pages of rows for many parents at once: one LATERAL statement per distinct (filter, limit,
 * after) in a batch (in practice one), each parent's page read from its (group, sort, id) index
 * and cut at `limit`.
 */
export function groupPageLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  groupField: keyof T & string,
  sortField: keyof T & string,
  order: Order,
): DataLoader<GroupPageKey, T[], string> {
  const pageShape = (key: GroupPageKey) =>
    JSON.stringify([filterSql(em, entity, key.filter).shape, key.limit, key.after]);
  const loader = new DataLoader<GroupPageKey, T[], string>(
    async (keys) => {
      const group = column(em, entity, groupField);
      const sort = column(em, entity, sortField);
      const pages = new Map<string, T[]>();
      for (const [shape, { key, groupIds }] of byShape(keys, pageShape)) {
        const filter = filterSql(em, entity, key.filter);
        const params: unknown[] = [
          uuidArray(groupIds),
          tableName(em, entity),
          group.name,
          ...filter.params,
        ];
        const { after, direction } = keysetPage(order, sort, key, params);
        const rows = await selectRows<EntityDictionary<T>>(
          em,
          entityLabel(em, entity, `pageBy${upperFirst(groupField)}`),
          `select x.* from unnest(?::uuid[]) as g(id) cross join lateral ` +
            `(select t.* from ?? as t where t.?? = g.id${filter.sql}${after} order by t.?? ${direction}, t.id ${direction} limit ?) as x`,
          params,
        );
        for (const row of rows) {
          const at = `${shape}|${row[group.name] as string}`;
          const page = pages.get(at) ?? [];
          page.push(em.map(entity, row));
          pages.set(at, page);
        }
      }
      return keys.map((key) => pages.get(`${pageShape(key)}|${key.groupId}`) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.groupId, pageShape(key)]) },
  );
  cursorChecks.set(loader, () => sortValueCheck(column(em, entity, sortField).type));
  return loader;
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Each page loader's check of its cursors' sort values, for groupConnection to decode with. */
const cursorChecks = new WeakMap<object, () => (value: unknown) => boolean>();

/** Rows per parent, for any number of parents: one GROUP BY statement per distinct filter. */
export function groupCountLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  groupField: keyof T & string,
): DataLoader<GroupCountKey, number, string> {
  const countShape = (key: GroupCountKey) => filterSql(em, entity, key.filter).shape;
  return new DataLoader<GroupCountKey, number, string>(
    async (keys) => {
      const group = column(em, entity, groupField);
      const counts = new Map<string, number>();
      for (const [shape, { key, groupIds }] of byShape(keys, countShape)) {
        const filter = filterSql(em, entity, key.filter);
        const rows = await selectRows<{ group_id: string; n: number }>(
          em,
          entityLabel(em, entity, `countBy${upperFirst(groupField)}`),
          `select t.?? as group_id, count(*)::int as n from ?? as t where t.?? = any(?::uuid[])${filter.sql} group by 1`,
          [group.name, tableName(em, entity), group.name, uuidArray(groupIds), ...filter.params],
        );
        for (const row of rows) counts.set(`${shape}|${row.group_id}`, row.n);
      }
      return keys.map((key) => counts.get(`${countShape(key)}|${key.groupId}`) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.groupId, countShape(key)]) },
  );
}

/** One parent's page and its total: what `groupConnectionLoader` answers for a `GroupPageKey`. */
export interface GroupConnectionRows<T> {
  rows: T[];
  /** The parent's rows matching the key's filter, however many pages. */
  totalCount: number;
}

/**
 * Pages of rows for many parents at once, each with its parent's row count, in one statement per
 * distinct (filter, limit, after) in a batch: a LATERAL count per parent, LEFT JOINed to a LATERAL
 * page read from its (group, sort, id) index and cut at `limit` (a parent without rows keeps its
 * count row). What `groupPageLoader` and `groupCountLoader` answer in two statements.
 */
export function groupConnectionLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  groupField: keyof T & string,
  sortField: keyof T & string,
  order: Order,
): DataLoader<GroupPageKey, GroupConnectionRows<T>, string> {
  const pageShape = (key: GroupPageKey) =>
    JSON.stringify([filterSql(em, entity, key.filter).shape, key.limit, key.after]);
  const loader = new DataLoader<GroupPageKey, GroupConnectionRows<T>, string>(
    async (keys) => {
      const group = column(em, entity, groupField);
      const sort = column(em, entity, sortField);
      const table = tableName(em, entity);
      const found = new Map<string, GroupConnectionRows<T>>();
      for (const [shape, { key, groupIds }] of byShape(keys, pageShape)) {
        const filter = filterSql(em, entity, key.filter);
        const params: unknown[] = [
          uuidArray(groupIds),
          table,
          group.name,
          ...filter.params,
          table,
          group.name,
          ...filter.params,
        ];
        const { after, direction } = keysetPage(order, sort, key, params);
        const rows = await selectRows<
          EntityDictionary<T> & { __group_id: string; __total: number }
        >(
          em,
          entityLabel(em, entity, `connectionBy${upperFirst(groupField)}`),
          `select g.id as __group_id, c.n as __total, x.* from unnest(?::uuid[]) as g(id) ` +
            `cross join lateral (select count(*)::int as n from ?? as t where t.?? = g.id${filter.sql}) as c ` +
            `left join lateral (select t.* from ?? as t where t.?? = g.id${filter.sql}${after} order by t.?? ${direction}, t.id ${direction} limit ?) as x on true`,
          params,
        );
        for (const row of rows) {
          const { __group_id: groupId, __total: totalCount, ...columns } = row;
          const at = `${shape}|${groupId}`;
          const connection = found.get(at) ?? { rows: [], totalCount };
          if (columns.id !== null && columns.id !== undefined)
            connection.rows.push(em.map(entity, columns as EntityDictionary<T>));
          found.set(at, connection);
        }
      }
      return keys.map(
        (key) => found.get(`${pageShape(key)}|${key.groupId}`) ?? { rows: [], totalCount: 0 },
      );
    },
    { cacheKeyFn: (key) => JSON.stringify([key.groupId, pageShape(key)]) },
  );
  cursorChecks.set(loader, () => sortValueCheck(column(em, entity, sortField).type));
  return loader;
}

/** A parent's page through `groupConnectionLoader`: one statement per batch of parents, total included. */
export async function groupConnection<T extends { id: string }>(
  connections: DataLoader<GroupPageKey, GroupConnectionRows<T>, string>,
  groupId: string,
  args: PageArgs,
  sortField: keyof T & string,
  filter?: GroupFilter,
): Promise<Connection<T>> {
  assertPageSize(args.first);
  const after = args.after ? decodeCursor(args.after, cursorChecks.get(connections)?.()) : null;
  const { rows, totalCount } = await connections.load({
    groupId,
    limit: args.first + 1,
    after,
    filter,
  });
  return connectionOf(rows, args.first, totalCount, sortField);
}

/** A root connection: rows matching `where`, ascending by (sortField, id). */
export function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  sortField: keyof T & string,
): Promise<Connection<T>> {
  return paginateOrdered(em, entity, where, args, sortField, "asc");
}
