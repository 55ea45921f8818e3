import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { label } from "@campus/subgraph/data";
import type { OrgUnit } from "./org-unit.entity";

export class OrgUnitRepository extends EntityRepository<OrgUnit> {
  /** Units matching `where`, ordered by kind (hierarchy order) then name. */
  list(where: FilterQuery<OrgUnit>): Promise<OrgUnit[]> {
    return this.find(where, {
      orderBy: { kind: "asc", name: "asc", id: "asc" },
      comments: label("organisation.orgUnits"),
    });
  }
}
