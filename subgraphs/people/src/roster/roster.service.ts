import type { FilterQuery } from "@mikro-orm/core";
import { raw } from "@mikro-orm/postgresql";
import type { RequestContext } from "@campus/subgraph";
import { anyId, tableName } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import type { PersonRepository } from "../person/person.repository";
import { nameOrNumberSearch } from "../person/person.search";
import { PersonService } from "../person/person.service";
import { RosterOrder, type RosterArgs, type RosterFilter } from "./roster.input";
import type { RosterPage } from "./roster.type";

/** `text%` for LIKE, with LIKE's own characters taken literally. */
function prefix(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
}

/**
 * "My students": the students the caller's duties cover (exactly those `people` lists for them; a
 * student only themselves), filtered, in pinyin or number order, a numbered page at a time.
 */
export class RosterService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** A page of the roster; `among` narrows it to these people (a place's residents). */
  async page(args: RosterArgs, among?: readonly string[]): Promise<RosterPage> {
    const people = this.ctx.em.getRepository<Person, PersonRepository>(Person);
    const persons = new PersonService(this.ctx);
    const where = (): FilterQuery<Person> => {
      const listable = persons.listable();
      const conditions = [this.where(args.filter)];
      if (among) conditions.push({ id: anyId(among) });
      if (listable) conditions.push(listable);
      return { $and: conditions };
    };
    const { page, pageSize } = args;
    const { nodes, totalCount } = await people.numberedPage(
      where,
      args.orderBy === RosterOrder.NUMBER ? "number" : "pinyin",
      (page - 1) * pageSize,
      pageSize,
    );
    return { nodes, totalCount, page, pageSize, pageCount: Math.ceil(totalCount / pageSize) };
  }

  private where(filter: RosterFilter | undefined): FilterQuery<Person> {
    const where: FilterQuery<Person> & Record<string, unknown> = { kind: PersonKind.STUDENT };
    if (!filter) return where;
    if (filter.classId) where.classId = filter.classId;
    if (filter.schoolId) where.schoolId = filter.schoolId;
    if (filter.collegeId) where.collegeId = filter.collegeId;
    if (filter.cohort !== undefined && filter.cohort !== null) where.cohort = filter.cohort;
    const search = filter.search?.trim();
    if (search) {
      // A name or number holding the text anywhere (indexed; see nameOrNumberSearch).
      const any: FilterQuery<Person>[] = nameOrNumberSearch(search, tableName(this.ctx.em, Person));
      // Latin letters are pinyin: the initials ("zs") or the syllables, joined or apart ("zhang san").
      if (/^[a-z][a-z\s]*$/i.test(search)) {
        const letters = search.toLowerCase().replace(/\s+/g, "");
        any.push({ nameInitials: { $like: prefix(letters) } });
        any.push({ [raw(`replace(name_pinyin, ' ', '')`)]: { $like: prefix(letters) } });
      }
      where.$or = any;
    }
    return where;
  }
}
