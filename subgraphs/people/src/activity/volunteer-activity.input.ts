import { Field, ID, InputType, Int } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";

@InputType({ description: "A volunteer activity a team announces (发布志愿活动)." })
export class CreateVolunteerActivityInput {
  @Field(() => ID, {
    description: "The team; the caller is its leader, a cadre or an administrator.",
  })
  @IsId()
  teamId!: string;

  @TextField(100, { description: "What" })
  title!: string;

  @TextField(100, {
    nullable: true,
    blank: true,
    description: "Where, by name; a place, a grid or both is given",
  })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: "The grid (网格) it serves in, if any." })
  @IsId()
  gridId?: string | null;

  @Field(() => Date, { description: "When it starts." })
  startsAt!: Date;

  @Field(() => Date, {
    description: "When it ends: after the start, at most 12 hours later, not already past.",
  })
  endsAt!: Date;

  @Field(() => Int, { description: "How many volunteers it takes: 1 to 500." })
  slots!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Whether any student may sign up, not only the team's present members.",
  })
  openToAllStudents: boolean = false;
}

@InputType({ description: "An activity to act on." })
export class VolunteerActivityIdInput {
  @Field(() => ID)
  @IsId()
  activityId!: string;
}

@InputType({ description: "A sign-up to act on." })
export class VolunteerSignUpIdInput {
  @Field(() => ID)
  @IsId()
  signUpId!: string;
}
