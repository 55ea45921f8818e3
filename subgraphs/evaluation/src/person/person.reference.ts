import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A student or member of staff, owned by the people subgraph; here only its key, to which this
 * subgraph adds warnings, referrals, the mental-health category and assistance cases. Its
 * reference resolver returns `{ id }` without touching a table.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
