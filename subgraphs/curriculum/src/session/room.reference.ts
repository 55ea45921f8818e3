import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A room, owned by the organisation subgraph; here only its key. A session stores the id, checked
 * through the graph when it is set (session.references.ts), and the gateway resolves the rest.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Room {
  @Field(() => ID)
  id!: string;
}
