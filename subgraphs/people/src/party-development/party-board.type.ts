import { Field, Int, ObjectType } from "type-graphql";
import { OrgUnit } from "../org-unit/org-unit.reference";
import { PartyStage } from "./party-development.enums";
import { PartyDevelopment } from "./party-development.entity";

@ObjectType({ description: "How many of a branch's students are at one stage." })
export class PartyStageCount {
  @Field(() => PartyStage)
  stage!: PartyStage;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    "A branch's party development at a glance (发展党员工作台): students per stage, and who is due next. Lists hold at most 100 rows each, the most urgent first.",
})
export class PartyPipelineBoard {
  @Field(() => OrgUnit)
  branch!: OrgUnit;

  @Field(() => [PartyStageCount], {
    description: "Every stage, zeros included, in pipeline order.",
  })
  stages!: PartyStageCount[];

  @Field(() => [PartyDevelopment], {
    description: "Thought reports overdue (the due date before today), oldest due first.",
  })
  overdueThoughtReports!: PartyDevelopment[];

  @Field(() => [PartyDevelopment], {
    description:
      "Probationary members whose probation ends within 30 days (or has ended), soonest first.",
  })
  probationsEnding!: PartyDevelopment[];

  @Field(() => [PartyDevelopment], {
    description: "Activists reaching (or past) a year as activist within 30 days, longest first.",
  })
  activistsReachingYear!: PartyDevelopment[];
}
