import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A school or residential college, owned by the organisation subgraph; here only its key. */
@Directive(`@key(fields: "id", resolvable: false)`)
@ObjectType()
export class OrgUnit {
  @Field(() => ID)
  id!: string;
}
