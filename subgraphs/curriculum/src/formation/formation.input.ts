import { Field, Float, ID, InputType, Int } from "type-graphql";
import { Between, IsId, TextField } from "@campus/subgraph";
import { MAX_MODULES } from "./formation.rules";

@InputType({ description: "An organiser creates a cohort's freshman formation programme." })
export class CreateFormationProgrammeInput {
  @Field(() => Int, { description: "The year of entry (年级)." })
  @Between(2000, 2100, { integer: true })
  cohort!: number;

  @TextField(200)
  title!: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: "Start with the nine standard modules (formation.standard.ts).",
  })
  standardModules: boolean = true;
}

@InputType({ description: "An organiser adds a module to a programme." })
export class CreateFormationModuleInput {
  @Field(() => ID)
  @IsId()
  programmeId!: string;

  @Field(() => Int, { description: `Position, 1 to ${MAX_MODULES}, free in the programme.` })
  @Between(1, MAX_MODULES, { integer: true })
  order!: number;

  @TextField(100)
  nameZh!: string;

  @TextField(100)
  nameEn!: string;

  @TextField(1000, { nullable: true, blank: true })
  description?: string | null;

  @Field(() => Float, { description: "Hours (学时), more than 0 and at most 200." })
  @Between(0, 200, { aboveMin: true })
  requiredHours!: number;
}

@InputType({ description: "An organiser changes a module; what is left out stays." })
export class UpdateFormationModuleInput {
  @Field(() => ID)
  @IsId()
  moduleId!: string;

  @TextField(100, { nullable: true })
  nameZh?: string | null;

  @TextField(100, { nullable: true })
  nameEn?: string | null;

  @TextField(1000, { nullable: true, blank: true })
  description?: string | null;

  @Field(() => Float, { nullable: true, description: "More than 0 and at most 200." })
  @Between(0, 200, { aboveMin: true })
  requiredHours?: number | null;
}

@InputType({
  description:
    "An organiser counts a freshman-formation course in a module with the hours it credits; a course already in another module of the programme moves.",
})
export class AssignFormationCourseInput {
  @Field(() => ID)
  @IsId()
  moduleId!: string;

  @Field(() => ID)
  @IsId()
  courseId!: string;

  @Field(() => Float, { description: "More than 0 and at most 100." })
  @Between(0, 100, { aboveMin: true })
  hours!: number;
}

@InputType({ description: "An organiser stops counting a course in a module." })
export class UnassignFormationCourseInput {
  @Field(() => ID)
  @IsId()
  moduleId!: string;

  @Field(() => ID)
  @IsId()
  courseId!: string;
}
