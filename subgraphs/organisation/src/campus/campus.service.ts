import type { RequestContext } from "@campus/subgraph";
import type { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { Campus } from "./campus.entity";

export class CampusService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Every campus by name; a university has a handful. */
  list(): Promise<Campus[]> {
    return this.ctx.em.find(Campus, {}, { orderBy: { name: "asc", id: "asc" } });
  }

  buildings(campus: Campus): Promise<Building[]> {
    return this.ctx.loaders.buildingsByCampus.load(campus.id);
  }
}
