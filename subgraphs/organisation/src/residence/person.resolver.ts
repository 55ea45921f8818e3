import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "./person.reference";
import { Residence } from "./residence.entity";
import { ResidenceService } from "./residence.service";

/** Extends the people subgraph's Person with where they live; every field batches across people. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Residence, { nullable: true, description: "Current residence: no move-out date, or one still ahead. Null when the person lives off campus." })
  residence(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Residence | null> {
    return new ResidenceService(ctx).current(person);
  }

  @FieldResolver(() => Grid, { nullable: true, description: "The grid of the current residence's room." })
  grid(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<Grid | null> {
    return new ResidenceService(ctx).gridOf(person);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The party branch responsible for that grid." })
  branch(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<OrgUnit | null> {
    return new ResidenceService(ctx).branchOf(person);
  }
}
