import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { label, paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Person } from "./person.entity";

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
}
