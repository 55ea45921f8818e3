import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass, FilterQuery } from "@mikro-orm/core";
import { badUserInput } from "./errors";

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

type Cursor = [sortValue: string | number, id: string];

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === "string") return parsed as Cursor;
  } catch {
    // fall through to the error below
  }
  throw badUserInput("after is not a cursor this API issued", "after");
}

/**
 * Keyset pagination ordered by (sortField, id): stable under inserts, and a page costs the same
 * at row 40,000 as at row 1, which OFFSET does not.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  sortField: keyof T & string,
): Promise<Connection<T>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  let pageWhere = where;
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    pageWhere = {
      $and: [where, { $or: [{ [sortField]: { $gt: sortValue } }, { [sortField]: sortValue, id: { $gt: id } }] }],
    } as FilterQuery<T>;
  }
  const [rows, totalCount] = await Promise.all([
    em.find(entity, pageWhere, { orderBy: { [sortField]: "asc", id: "asc" } as any, limit: args.first + 1 }),
    em.count(entity, where),
  ]);
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor([(node as any)[sortField] as string | number, node.id]),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
