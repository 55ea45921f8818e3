import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph";
import { MAX_TEXT_LENGTH } from "@campus/subgraph";
import { WarningCategory, WarningLevel, WarningStatus } from "./warning.enums";

/** Longest note a workflow step keeps. */
export const MAX_NOTE_LENGTH = MAX_TEXT_LENGTH;

@InputType({ description: "All given conditions must hold." })
export class WarningFilter {
  @Field(() => WarningStatus, { nullable: true })
  status?: WarningStatus | null;

  @Field(() => WarningLevel, { nullable: true })
  level?: WarningLevel | null;

  @Field(() => WarningCategory, { nullable: true })
  category?: WarningCategory | null;
}

@ArgsType()
export class WarningsArgs extends PageArgs {
  @Field(() => WarningFilter, { nullable: true })
  filter?: WarningFilter | null;
}

@ArgsType()
export class AdvanceWarningArgs {
  @Field(() => ID)
  warningId!: string;

  @Field(() => WarningStatus, { description: "The next status; see WarningStatus for the workflow." })
  to!: WarningStatus;

  @Field(() => String, { nullable: true, description: `Why, for the history; at most ${MAX_NOTE_LENGTH} characters.` })
  note?: string | null;
}
