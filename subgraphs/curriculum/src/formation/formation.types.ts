import { Field, Float, Int, ObjectType } from "type-graphql";
import { Course } from "../course/course.entity";
import { FormationModule, FormationProgramme } from "./formation.entity";

@ObjectType({ description: "A student's hours in one formation module." })
export class FormationModuleProgress {
  @Field(() => FormationModule)
  module!: FormationModule;

  @Field(() => Float, { description: "Hours credited by the student's completed courses in it." })
  hours!: number;

  @Field(() => Float)
  requiredHours!: number;

  @Field(() => Boolean, { description: "Whether the hours reach the required hours." })
  met!: boolean;

  @Field(() => [Course], { description: "The student's completed courses counted in it." })
  completedCourses!: Course[];
}

@ObjectType({
  description:
    "A student's progress in their cohort's freshman formation programme (新生养成教育): hours per module and overall.",
})
export class FormationProgress {
  @Field(() => FormationProgramme)
  programme!: FormationProgramme;

  @Field(() => [FormationModuleProgress], { description: "In module order." })
  modules!: FormationModuleProgress[];

  @Field(() => Int)
  modulesMet!: number;

  @Field(() => Int)
  moduleCount!: number;

  @Field(() => Float, {
    description: "Hours counted towards the programme (each module's up to its requirement).",
  })
  hours!: number;

  @Field(() => Float)
  requiredHours!: number;

  @Field(() => Boolean, { description: "Every module met." })
  completed!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "When the attendance change that completed the programme was recorded.",
  })
  completedAt!: Date | null;
}

@ObjectType({ description: "How many of a cohort's participants met one module." })
export class FormationModuleCount {
  @Field(() => FormationModule)
  module!: FormationModule;

  @Field(() => Int, { description: "Participants who met it." })
  met!: number;

  @Field(() => Int, { description: "Participants with some hours in it, not yet enough." })
  inProgress!: number;

  @Field(() => Int, { description: "Participants with no hours in it." })
  notStarted!: number;
}

@ObjectType({
  description:
    "A cohort's progress in its formation programme, over its participants: the students holding a place in any of the programme's courses.",
})
export class FormationCohortProgress {
  @Field(() => FormationProgramme)
  programme!: FormationProgramme;

  @Field(() => Int, { description: "Students holding a place in any of the programme's courses." })
  participants!: number;

  @Field(() => Int, { description: "Participants who met every module." })
  completed!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => [FormationModuleCount], { description: "In module order." })
  modules!: FormationModuleCount[];
}
