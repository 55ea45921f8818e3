import { Directive, Field, ID, ObjectType } from "type-graphql";
import { isId } from "@campus/subgraph";

/**
 * A school (学院) or residential college (书院), owned by the organisation subgraph. This subgraph
 * keeps no record of who studies where: the gateway fetches `studentIds` from people (the students
 * whose school or college it is; none for other kinds of unit) and passes them in the
 * representation (`@requires`).
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class OrgUnit {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  studentIds!: string[];
}

/** An OrgUnit from its representation; only well-formed ids are kept, once each. */
export function orgUnitReference(reference: { id: string } & Record<string, unknown>): OrgUnit {
  const given = Array.isArray(reference.studentIds) ? reference.studentIds : [];
  return { id: reference.id, studentIds: [...new Set(given.filter(isId))] };
}
