import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { WarningLevel } from "../warning/warning.enums";

/**
 * Internal to the platform: what people's roster needs to filter and order students by risk. The
 * counts are split by what seeing them needs (MENTAL_HEALTH ones need MENTAL_HEALTH for the
 * student), so people applies the caller's grants before anything reaches a client.
 */
@Directive("@inaccessible")
@ObjectType({
  description:
    "A student's open warnings and cases, counted apart by whether seeing them needs MENTAL_HEALTH.",
})
export class StudentRisk {
  @Field(() => ID)
  studentId!: string;

  @Field(() => Int, { description: "Warnings not CLOSED, other than MENTAL_HEALTH ones." })
  warnings!: number;

  @Field(() => WarningLevel, {
    nullable: true,
    description: "The highest level among those warnings; null when there are none.",
  })
  warningLevel!: WarningLevel | null;

  @Field(() => Int, { description: "MENTAL_HEALTH warnings not CLOSED." })
  mentalHealthWarnings!: number;

  @Field(() => WarningLevel, {
    nullable: true,
    description: "The highest level among the MENTAL_HEALTH warnings; null when there are none.",
  })
  mentalHealthLevel!: WarningLevel | null;

  @Field(() => Int, { description: "Assistance cases not CLOSED, other than MENTAL_HEALTH ones." })
  cases!: number;

  @Field(() => Int, { description: "MENTAL_HEALTH assistance cases not CLOSED." })
  mentalHealthCases!: number;
}
