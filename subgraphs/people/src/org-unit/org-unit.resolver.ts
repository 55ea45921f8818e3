import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { OrgUnit } from "./org-unit.reference";

/**
 * What other subgraphs `@requires` of a school or residential college to compute their own facts
 * about it (the evaluation subgraph's warning statistics and unit warning lists) without copying
 * who studies where. Every student's id, not only those the caller may see (evaluation intersects
 * them with the caller's scope), so it must never reach a client: `@inaccessible` keeps it out of
 * the public API, like organisation's Grid.residentIds, and evaluation answers counts and the rows
 * the caller may list from it, never the ids.
 */
@Resolver(() => OrgUnit)
export class OrgUnitStudentsResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description:
      "The ids of the students whose academic school (学院) or residential college (书院) this unit is, by id; empty for other units.",
  })
  studentIds(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext<Loaders>): Promise<string[]> {
    return ctx.loaders.unitStudentIds.load(unit.id);
  }
}
