import type { FilterQuery } from "@mikro-orm/core";
import { raw } from "@mikro-orm/postgresql";
import { pgArray } from "@campus/subgraph/data";
import type { Person } from "./person.entity";

/** `%text%` for LIKE, with LIKE's own characters taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Shortest number search matched anywhere in a number: a trigram needs three characters. */
const MIN_INNER_NUMBER = 3;

/**
 * Who a search names: a name containing the text anywhere (张, 小明, 欧阳), or a student/staff
 * number containing it (from three characters on; shorter, its start). Each condition has its
 * index, so a search stays an index lookup at any campus size:
 * - names: a GIN index over the name's characters (`string_to_array(name, null)`) finds the names
 *   holding every character of the text, and LIKE keeps those holding it in order. Not a trigram
 *   index: Chinese names are two to four characters and searches one or two, which have no
 *   trigram, so pg_trgm would scan every row for them.
 * - numbers: pg_trgm's GIN index (`gin_trgm_ops`) on the number answers `LIKE '%…%'`.
 * `table` is the person table (`tableName`). The number condition is added only when the text could be a number, so that a Chinese search
 * is the name's index alone (an OR with an unindexable branch would scan the table).
 */
export function nameOrNumberSearch(search: string, table: string): FilterQuery<Person>[] {
  const chars = [...new Set([...search])];
  // A value, not a raw key: the ORM renders a raw key once, and a page's count and rows both use it.
  const named = raw<object, string>(
    `any(array(select n.id from ?? as n where string_to_array(n.name, null) @> ?::text[] and n.name like ?))`,
    [table, pgArray(chars), containing(search)],
  );
  const any: FilterQuery<Person>[] = [{ id: named }];
  if (/^[A-Za-z0-9-]+$/.test(search)) {
    const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
    any.push({
      number: {
        $like: search.length >= MIN_INNER_NUMBER ? containing(search) : `${escaped}%`,
      },
    });
  }
  return any;
}
