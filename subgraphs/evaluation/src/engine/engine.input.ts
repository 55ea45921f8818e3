import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsId } from "@campus/subgraph";
import { Person } from "../person/person.reference";
import { RuleVersionInput } from "../warning-rule/warning-rule.input";

/** Students a backtest lists by name; the counts cover everyone. */
export const BACKTEST_STUDENTS = 100;

@ArgsType()
export class RunWarningEngineArgs {
  @Field(() => Date, { nullable: true, description: "The moment to evaluate; now when omitted." })
  asOf?: Date | null;
}

@InputType()
export class BacktestWarningRuleInput {
  @Field(() => ID)
  @IsId()
  ruleId!: string;

  @Field(() => RuleVersionInput, {
    description: "The version to try; its summaryTemplate is not used.",
  })
  candidate!: RuleVersionInput;

  @Field(() => Date, {
    description: "The moment to evaluate both versions at, over the records stored.",
  })
  asOf!: Date;
}

@ArgsType()
export class BacktestWarningRuleArgs {
  @Field(() => BacktestWarningRuleInput)
  input!: BacktestWarningRuleInput;
}

@ObjectType({ description: "A student the candidate or the current version fires for." })
export class BacktestStudent {
  @Field(() => Person)
  person!: Person;

  @Field(() => Boolean)
  candidate!: boolean;

  @Field(() => Boolean)
  current!: boolean;
}

@ObjectType({
  description:
    "Whom a candidate rule version would have warned, against the rule's current version, on the same history.",
})
export class BacktestReport {
  @Field(() => Int)
  candidateCount!: number;

  @Field(() => Int)
  currentCount!: number;

  @Field(() => Int, { description: "Students both fire for." })
  both!: number;

  @Field(() => Int)
  onlyCandidate!: number;

  @Field(() => Int)
  onlyCurrent!: number;

  @Field(() => [BacktestStudent], {
    description: `The first ${BACKTEST_STUDENTS} students either fires for, by id.`,
  })
  students!: BacktestStudent[];
}
