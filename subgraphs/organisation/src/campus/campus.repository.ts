import { EntityRepository } from "@mikro-orm/postgresql";
import { label } from "@campus/subgraph/data";
import type { Campus } from "./campus.entity";

export class CampusRepository extends EntityRepository<Campus> {
  /** Every campus by name; a university has a handful. */
  all(): Promise<Campus[]> {
    return this.findAll({
      orderBy: { name: "asc", id: "asc" },
      comments: label("organisation.campuses"),
    });
  }
}
