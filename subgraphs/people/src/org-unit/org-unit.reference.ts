import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A school or residential college, owned by the organisation subgraph. This subgraph knows only its
 * key and which students belong to it: `studentIds` (OrgUnitStudentsResolver) lends them to other
 * subgraphs' `@requires`, so the unit is resolvable here by its key.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class OrgUnit {
  @Field(() => ID)
  id!: string;

  /** Who lives in a branch's grids, from organisation, only when a field `@requires` it (OrgUnit.students). */
  @Directive("@external")
  @Field(() => [ID])
  residentIds?: string[];
}
