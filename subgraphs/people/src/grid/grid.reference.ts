import { Directive, Field, ID, ObjectType } from "type-graphql";
import { isId } from "@campus/subgraph";

/**
 * A grid (网格), owned by the organisation subgraph. People keeps no residences: the gateway
 * fetches `residentIds` (who lives there now) from organisation and passes them in the
 * representation (`@requires`), for the grid's roster (`students`).
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Grid {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  residentIds!: string[];
}

/** A Grid from its representation; only well-formed ids are kept, once each. */
export function gridReference(reference: { id: string } & Record<string, unknown>): Grid {
  const given = Array.isArray(reference.residentIds) ? reference.residentIds : [];
  return { id: reference.id, residentIds: [...new Set(given.filter(isId))] };
}
