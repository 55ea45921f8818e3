import { Field, ObjectType } from "type-graphql";

/** Stored as jsonb on the warning: the evidence is read with the warning, never queried on its own. */
@ObjectType({
  description:
    "One signal behind a warning: which indicator, what it measured, against which threshold.",
})
export class WarningEvidence {
  @Field(() => String, { description: "What was measured, e.g. 不及格学分 or 晚归次数." })
  indicator!: string;

  @Field(() => String, { description: "The measured value, as the source reported it." })
  value!: string;

  @Field(() => String, {
    nullable: true,
    description: "The threshold it crossed, when the rule has one.",
  })
  threshold?: string | null;
}
