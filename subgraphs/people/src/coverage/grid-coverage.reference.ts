import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The grid coverage report, owned by the organisation subgraph. The gateway brings the grids in
 * use (`gridIds`, `@requires`); people adds what it knows of them: their grid leaders.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class GridCoverage {
  @Field(() => ID)
  id!: string;

  @Directive("@external")
  @Field(() => [ID])
  gridIds!: string[];
}
