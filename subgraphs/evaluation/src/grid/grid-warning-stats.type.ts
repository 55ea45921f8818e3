import { Field, Int, ObjectType } from "type-graphql";
import { WarningCategory, WarningLevel, WarningStatus } from "../warning/warning.enums";

@ObjectType({ description: "How many warnings are at one level." })
export class WarningLevelCount {
  @Field(() => WarningLevel)
  level!: WarningLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How many warnings are in one category." })
export class WarningCategoryCount {
  @Field(() => WarningCategory)
  category!: WarningCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How many warnings stand at one workflow step." })
export class WarningStatusCount {
  @Field(() => WarningStatus)
  status!: WarningStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    "A grid's warning picture: counts only, over the warnings not yet closed of the residents the caller covers through a duty. " +
    "MENTAL_HEALTH warnings are counted only for residents the caller holds MENTAL_HEALTH for, so a grid leader (CONTACT only) never sees that category.",
})
export class GridWarningStats {
  @Field(() => Int, { description: "The people living in the grid now." })
  residents!: number;

  @Field(() => Int, {
    description: "The residents the caller covers through a duty; every other count is over these.",
  })
  counted!: number;

  @Field(() => Int, { description: "Counted residents with at least one warning not yet closed." })
  studentsWithOpenWarnings!: number;

  @Field(() => Int, { description: "Warnings not yet closed." })
  open!: number;

  @Field(() => Int, {
    description: "Warnings not yet closed whose current stage is past its due time.",
  })
  overdue!: number;

  @Field(() => [WarningLevelCount], { description: "Every level, in rising severity." })
  byLevel!: WarningLevelCount[];

  @Field(() => [WarningCategoryCount], {
    description:
      "Every category the caller may count; MENTAL_HEALTH only when they hold MENTAL_HEALTH for a counted resident.",
  })
  byCategory!: WarningCategoryCount[];

  @Field(() => [WarningStatusCount], {
    description: "Every step before CLOSED, in workflow order.",
  })
  byStatus!: WarningStatusCount[];
}
