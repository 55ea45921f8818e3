import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { column, label, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { OrgUnit } from "./org-unit.entity";

export class OrgUnitRepository extends EntityRepository<OrgUnit> {
  /** Units matching `where`, ordered by kind (hierarchy order) then name. */
  list(where: FilterQuery<OrgUnit>): Promise<OrgUnit[]> {
    return this.find(where, {
      orderBy: { kind: "asc", name: "asc", id: "asc" },
      comments: label("organisation.orgUnits"),
    });
  }

  /**
   * The units a secretary of `branchIds` and an administrator of the residential colleges
   * `collegeIds` govern: those units, the general branches linked to those colleges (a 书院党总支
   * stands under the committee, its college named beside it), and every unit below any of them.
   * One recursive statement.
   */
  async governedUnits(branchIds: string[], collegeIds: string[]): Promise<Set<string>> {
    const em = this.getEntityManager();
    const org = tableName(em, OrgUnit);
    const parent = column(em, OrgUnit, "parent").name;
    const college = column(em, OrgUnit, "college").name;
    const rows = await selectRows<{ id: string }>(
      em,
      "organisation.governedUnits",
      `with recursive below(id) as (
         select id from ?? where id = any(?::uuid[]) or ?? = any(?::uuid[])
         union select u.id from ?? u join below b on u.?? = b.id
       ) select id from below`,
      [org, uuidArray([...branchIds, ...collegeIds]), college, uuidArray(collegeIds), org, parent],
    );
    return new Set(rows.map((r) => r.id));
  }
}
