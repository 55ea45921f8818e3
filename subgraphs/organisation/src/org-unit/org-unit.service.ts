import type { FilterQuery } from "@mikro-orm/core";
import { assertId, type RequestContext } from "@campus/subgraph";
import type { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "./org-unit.entity";
import type { OrgUnitRepository } from "./org-unit.repository";
import { BRANCH_KINDS, type OrgUnitKind } from "./org-unit.enums";

export class OrgUnitService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<OrgUnit | null> {
    assertId(id, "id");
    return this.ctx.loaders.orgUnit.load(id);
  }

  /** Every unit, or every unit of one kind, ordered by kind (hierarchy order) then name. */
  list(kind: OrgUnitKind | null | undefined): Promise<OrgUnit[]> {
    const where: FilterQuery<OrgUnit> = kind ? { kind } : {};
    return this.ctx.em.getRepository<OrgUnit, OrgUnitRepository>(OrgUnit).list(where);
  }

  async parent(unit: OrgUnit): Promise<OrgUnit | null> {
    return unit.parent ? this.ctx.loaders.orgUnit.load(unit.parent.id) : null;
  }

  children(unit: OrgUnit): Promise<OrgUnit[]> {
    return this.ctx.loaders.orgUnitChildren.load(unit.id);
  }

  /** The grids a branch is responsible for; other kinds of unit have none. */
  async grids(unit: OrgUnit): Promise<Grid[]> {
    if (!BRANCH_KINDS.has(unit.kind)) return [];
    return this.ctx.loaders.gridsByBranch.load(unit.id);
  }
}
