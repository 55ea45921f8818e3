import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A person, owned by the people subgraph; here only its key, extended with residence, grid and
 * branch. Not a database entity: this subgraph stores person ids and never copies names.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
