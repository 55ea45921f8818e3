import { Field, Float, Int, ObjectType } from "type-graphql";
import { WarningCategory } from "../warning/warning.enums";
import { ResourceKind } from "./resource.enums";

@ObjectType({
  description: "Warnings of one group (took the resource up, or did not) and how fast they closed.",
})
export class OutcomeFigures {
  @Field(() => Int, { description: "Warnings raised in the period in this group." })
  warnings!: number;

  @Field(() => Int, { description: "Of those, how many are closed." })
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median days from raising to closing, over the closed ones whose closing time is known; null when there are none.",
  })
  medianDaysToClose!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Mean days from raising to closing, over the same warnings as the median.",
  })
  meanDaysToClose!: number | null;
}

@ObjectType({
  description:
    "For one resource kind and warning category: the warnings raised in the period whose student was pushed a resource of that kind, split by whether the student took one up. Aggregates only.",
})
export class ResourceOutcome {
  @Field(() => ResourceKind)
  resourceKind!: ResourceKind;

  @Field(() => WarningCategory)
  warningCategory!: WarningCategory;

  @Field(() => OutcomeFigures, {
    description: "Warnings of students who took up a resource of this kind.",
  })
  tookUp!: OutcomeFigures;

  @Field(() => OutcomeFigures, { description: "Warnings of students pushed one who took none up." })
  didNotTakeUp!: OutcomeFigures;
}
