import {
  EntityRepository,
  QueryOrder,
  raw,
  type FilterQuery,
  type QueryOrderMap,
} from "@mikro-orm/postgresql";
import {
  anyId,
  label,
  paginate,
  selectRows,
  tableName,
  uuidArray,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { Person } from "./person.entity";
import { PersonKind } from "./person.enums";

export class PersonRepository extends EntityRepository<Person> {
  /** The ids among these (well-formed, distinct) ids that name a person. */
  async known(ids: string[]): Promise<string[]> {
    const rows = await this.find(
      { id: { $in: ids } },
      { fields: ["id"], comments: label("people.knownPeople") },
    );
    return rows.map((p) => p.id);
  }

  /** People matching `where`, by name, a page at a time. */
  page(where: FilterQuery<Person>, args: PageArgs): Promise<Connection<Person>> {
    return paginate(this.getEntityManager(), Person, where, args, "name");
  }

  /**
   * One numbered page of people matching `where` (built afresh for each of the two statements, as
   * its raw fragments are used once), in `order`, and how many match: two statements.
   */
  async numberedPage(
    where: () => FilterQuery<Person>,
    order: "pinyin" | "number",
    offset: number,
    limit: number,
  ): Promise<{ nodes: Person[]; totalCount: number }> {
    const orderBy: QueryOrderMap<Person>[] =
      order === "pinyin"
        ? // Byte order: "li si" before "lin", as a dictionary orders syllables, in any collation.
          [
            { [raw(`name_pinyin collate "C"`)]: QueryOrder.ASC },
            { name: QueryOrder.ASC },
            { id: QueryOrder.ASC },
          ]
        : [{ number: QueryOrder.ASC }];
    const nodes = await this.find(where(), {
      orderBy,
      offset,
      limit,
      comments: label("people.rosterPage"),
    });
    const totalCount = await this.count(where(), { comments: label("people.rosterCount") });
    return { nodes, totalCount };
  }

  /** The ids of the people `where` matches, unordered: for a roster that ranks them itself. */
  async idsWhere(where: FilterQuery<Person>): Promise<string[]> {
    // Plain rows, not entities: ids alone must not sit in the identity map as half-loaded people.
    const rows = await this.createQueryBuilder("p")
      .select("p.id")
      .where(where)
      .comment(label("people.rosterIds"))
      .execute<{ id: string }[]>("all");
    return rows.map((row) => row.id);
  }

  /** These people, in the order given: one statement. */
  async byIdsInOrder(ids: readonly string[]): Promise<Person[]> {
    if (!ids.length) return [];
    const found = await this.find({ id: anyId(ids) }, { comments: label("people.rosterRanked") });
    const byId = new Map(found.map((person) => [person.id, person]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  countWhere(where: FilterQuery<Person>): Promise<number> {
    return this.count(where, { comments: label("people.rosterCount") });
  }

  /**
   * The students whose school or residential college is one of these units, with both: one
   * statement for any number of units (the ids travel as one uuid[] parameter).
   */
  studentsOfUnits(
    unitIds: string[],
  ): Promise<{ id: string; school_id: string | null; college_id: string | null }[]> {
    const em = this.getEntityManager();
    const units = uuidArray(unitIds);
    return selectRows(
      em,
      "people.unitStudentIds",
      `select p.id, p.school_id, p.college_id from ?? as p
        where p.kind = ? and (p.school_id = any(?::uuid[]) or p.college_id = any(?::uuid[]))
        order by p.id`,
      [tableName(em, Person), PersonKind.STUDENT, units, units],
    );
  }
}
