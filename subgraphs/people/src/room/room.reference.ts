import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A room (宿舍), owned by the organisation subgraph; here only its key. A visit or a governance
 * post stores the id, checked through the graph when it is written, and the gateway resolves the
 * rest (number, floor, building) from organisation.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Room {
  @Field(() => ID)
  id!: string;
}
