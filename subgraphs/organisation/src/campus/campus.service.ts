import type { RequestContext } from "@campus/subgraph";
import type { Building } from "../building/building.entity";
import type { Loaders } from "../loaders";
import { Campus } from "./campus.entity";
import type { CampusRepository } from "./campus.repository";

export class CampusService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Every campus by name; a university has a handful. */
  list(): Promise<Campus[]> {
    return this.ctx.em.getRepository<Campus, CampusRepository>(Campus).all();
  }

  buildings(campus: Campus): Promise<Building[]> {
    return this.ctx.loaders.buildingsByCampus.load(campus.id);
  }
}
