import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsId, TextField } from "@campus/subgraph";

@InputType({
  description: "Hours of volunteer service a member logs for an activity of their team.",
})
export class LogVolunteerServiceInput {
  @Field(() => ID, { description: "The team the activity was for; the caller is its member." })
  @IsId()
  teamId!: string;

  @TextField(100, { description: "The activity" })
  activity!: string;

  @TextField(100, { nullable: true, blank: true, description: "Where" })
  place?: string | null;

  @Field(() => Date, { description: "When the service began." })
  startsAt!: Date;

  @Field(() => Date, {
    description:
      "When it ended: after the start, at most 12 hours later, not in the future; the member's logged hours never overlap.",
  })
  endsAt!: Date;
}

@InputType({ description: "The leader verifies logged hours (认定)." })
export class VerifyVolunteerServiceInput {
  @Field(() => ID)
  @IsId()
  serviceId!: string;

  @TextField(500, { nullable: true, blank: true, description: "A note" })
  note?: string | null;
}

@InputType({ description: "The leader rejects logged hours, saying why." })
export class RejectVolunteerServiceInput {
  @Field(() => ID)
  @IsId()
  serviceId!: string;

  @TextField(500, { description: "Why the hours are not recognised" })
  reason!: string;
}

@ArgsType()
export class VolunteerTermArgs {
  @Field(() => String, {
    nullable: true,
    description: "Only this term (学期, e.g. 2026-2027-1); every term when left out.",
  })
  term?: string | null;
}
