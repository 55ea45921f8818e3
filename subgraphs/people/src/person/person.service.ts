import type { FilterQuery } from "@mikro-orm/core";
import { assertId, badUserInput, isId, MAX_PEOPLE_PER_CHECK, paginate, type Connection, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "./person.entity";
import type { PeopleArgs, PeopleFilter } from "./person.input";

export class PersonService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<Person | null> {
    assertId(id, "id");
    return this.ctx.loaders.person.load(id);
  }

  /** The ids among `ids` that name a person, in one statement. */
  async known(ids: string[]): Promise<string[]> {
    if (ids.length > MAX_PEOPLE_PER_CHECK) throw badUserInput(`at most ${MAX_PEOPLE_PER_CHECK} ids per check`, "ids");
    const wellFormed = [...new Set(ids.filter(isId))];
    if (!wellFormed.length) return [];
    const rows = await this.ctx.em.find(Person, { id: { $in: wellFormed } }, { fields: ["id"] });
    return rows.map((p) => p.id);
  }

  list(args: PeopleArgs): Promise<Connection<Person>> {
    return paginate(this.ctx.em, Person, this.where(args.filter), args, "name");
  }

  private where(filter: PeopleFilter | undefined): FilterQuery<Person> {
    const where: FilterQuery<Person> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.kind) where.kind = filter.kind;
    if (filter.cohort !== undefined && filter.cohort !== null) where.cohort = filter.cohort;
    if (filter.schoolId) {
      assertId(filter.schoolId, "filter.schoolId");
      where.schoolId = filter.schoolId;
    }
    if (filter.collegeId) {
      assertId(filter.collegeId, "filter.collegeId");
      where.collegeId = filter.collegeId;
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 50) throw badUserInput("search is longer than 50 characters", "filter.search");
      const prefix = search.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
      where.$or = [{ name: { $like: prefix } }, { number: { $like: prefix } }];
    }
    return where;
  }
}
