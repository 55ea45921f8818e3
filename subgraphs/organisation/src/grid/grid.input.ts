import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";

@InputType({ description: "All given conditions must hold." })
export class GridFilter {
  @Field(() => ID, { nullable: true })
  @IsId()
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: "The branch responsible for the grid." })
  @IsId()
  branchId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Also list closed grids (closeGrid); by default only grids in use.",
  })
  includeClosed?: boolean | null;
}

@ArgsType()
export class GridsArgs extends PageArgs {
  @Field(() => GridFilter, { nullable: true })
  filter?: GridFilter | null;
}
