import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Sensitive, type SensitiveOptions } from "@campus/access";
import { isId, type RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "./person.reference";
import { Residence } from "./residence.entity";
import { ResidenceService } from "./residence.service";

const WHERE_THEY_LIVE: SensitiveOptions<Person> = {
  level: "PERSONAL",
  purposes: ["RESIDENCE"],
  subject: (person) => person.id,
};

/** A person's school or college by the id people lent; null without one, or for an id no unit has. */
async function unit(
  ctx: RequestContext<Loaders>,
  id: string | null | undefined,
): Promise<OrgUnit | null> {
  return id && isId(id) ? ctx.loaders.orgUnit.load(id) : null;
}

/**
 * Extends the people subgraph's Person with where they live; every field batches across people.
 * Where a person lives is personal information: each of those fields needs RESIDENCE for that
 * person (their own, or a duty in the residences), and every value served is audited. School and
 * college, shared with people and not sensitive there either, are answered here too, so a profile needs
 * one organisation call.
 */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Residence, {
    nullable: true,
    description:
      "Current residence: no move-out date, or one still ahead. Null when the person lives off campus. Needs RESIDENCE for this person.",
  })
  @Sensitive(WHERE_THEY_LIVE)
  residence(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Residence | null> {
    return new ResidenceService(ctx).current(person);
  }

  @FieldResolver(() => Grid, {
    nullable: true,
    description:
      "The grid (a floor or wing) of the current residence's room. Needs RESIDENCE for this person.",
  })
  @Sensitive(WHERE_THEY_LIVE)
  grid(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid | null> {
    return new ResidenceService(ctx).gridOf(person);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The party branch responsible for that grid. Needs RESIDENCE for this person.",
  })
  @Sensitive(WHERE_THEY_LIVE)
  branch(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return new ResidenceService(ctx).branchOf(person);
  }

  @Directive("@shareable")
  @Directive(`@requires(fields: "schoolId")`)
  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "学院: academic school, or employing unit for staff.",
  })
  school(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return unit(ctx, person.schoolId);
  }

  @Directive("@shareable")
  @Directive(`@requires(fields: "collegeId")`)
  @FieldResolver(() => OrgUnit, { nullable: true, description: "书院: residential college." })
  college(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return unit(ctx, person.collegeId);
  }

  /**
   * What the people subgraph `@requires` to name the staff on duty for a student (their grid's
   * leader and counselor, their building's leader, their branch's secretary) without copying
   * residences. Empty unless the caller holds RESIDENCE for the person, so the staff list cannot
   * reveal a grid to someone who may not know it. Not audited: these ids never reach a client.
   */
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description:
      "The ids of the grid, building and branch of the current residence, for the caller who may know them.",
  })
  residencePlaceIds(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string[]> {
    return new ResidenceService(ctx).placeIdsOf(person);
  }
}
