import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A person, owned by the people subgraph; here only its key (and the ids of its school and college
 * when a plan lends them), extended with residence, grid and branch, and with school and college
 * (shareable with people) so a profile needs one organisation call. Not a database entity: this
 * subgraph stores person ids and never copies names.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  /** From the people subgraph, for `school` (`@requires`): absent unless the plan asked for it. */
  @Directive("@external")
  @Field(() => ID, { nullable: true })
  schoolId?: string | null;

  /** From the people subgraph, for `college` (`@requires`). */
  @Directive("@external")
  @Field(() => ID, { nullable: true })
  collegeId?: string | null;
}
