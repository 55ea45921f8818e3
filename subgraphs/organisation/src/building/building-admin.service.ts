import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { badUserInput, codedError, forbidden, type RequestContext } from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Campus } from "../campus/campus.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { administeredColleges } from "../org-unit/org-unit.graph";
import type { CreateBuildingInput } from "./building-admin.input";
import { Building } from "./building.entity";

/**
 * FORBIDDEN unless the caller is an administrator, or a college administrator of the college
 * living in `collegeId`'s building (the residences of a 书院 are its administrators' to keep).
 */
export async function assertMayKeepBuilding(
  ctx: RequestContext<Loaders>,
  collegeId: string | null,
): Promise<void> {
  if (ctx.access.hasRole("admin")) return;
  if (ctx.access.hasRole("college_admin")) {
    const colleges = await administeredColleges(ctx, ctx.caller.personId);
    if (collegeId && colleges.has(collegeId)) return;
    throw forbidden("a college administrator keeps only their college's buildings");
  }
  throw forbidden("only an administrator or a college administrator keeps buildings and rooms");
}

/** Buildings maintained (楼栋): created by administrators, or college administrators for their college. */
export class BuildingAdminService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async create(input: CreateBuildingInput): Promise<Building> {
    await assertMayKeepBuilding(this.ctx, input.collegeId ?? null);
    const name = input.name.trim();
    try {
      const building = await this.ctx.em.transactional(async (em) => {
        const campus = await em.findOne(
          Campus,
          { id: input.campusId },
          { comments: label("organisation.buildingCampus") },
        );
        if (!campus) throw badUserInput(`no campus has the id ${input.campusId}`, "input.campusId");
        const college = input.collegeId
          ? await em.findOne(
              OrgUnit,
              { id: input.collegeId, kind: OrgUnitKind.RESIDENTIAL_COLLEGE },
              { comments: label("organisation.buildingCollege") },
            )
          : null;
        if (input.collegeId && !college)
          throw badUserInput(`${input.collegeId} is not a residential college`, "input.collegeId");
        if (
          await em.count(
            Building,
            { campus, name },
            { comments: label("organisation.buildingName") },
          )
        )
          throw codedError("CONFLICT", `the campus already has a building named ${name}`, {
            campusId: campus.id,
          });
        return em.create(Building, { name, campus, floors: input.floors, college });
      });
      return building;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", `the campus already has a building named ${name}`);
      throw error;
    }
  }
}
