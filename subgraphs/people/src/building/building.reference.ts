import { Directive, Field, ID, ObjectType } from "type-graphql";
import { isId } from "@campus/subgraph";

/**
 * A building (楼栋), owned by the organisation subgraph. People keeps no residences: the gateway
 * fetches `residentIds` (who lives there now) from organisation and passes them in the
 * representation (`@requires`), for the building's roster (`students`).
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Building {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  residentIds!: string[];
}

/** A Building from its representation; only well-formed ids are kept, once each. */
export function buildingReference(reference: { id: string } & Record<string, unknown>): Building {
  const given = Array.isArray(reference.residentIds) ? reference.residentIds : [];
  return { id: reference.id, residentIds: [...new Set(given.filter(isId))] };
}
