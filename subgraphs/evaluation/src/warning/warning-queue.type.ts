import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Counts over the warnings the caller may see, for the head of the work queue.",
})
export class WarningQueueSummary {
  @Field(() => Int, { description: "Not CLOSED." })
  open!: number;

  @Field(() => Int, { description: "Not CLOSED and assigned to the caller." })
  assignedToMe!: number;

  @Field(() => Int, { description: "Not CLOSED and past their due time." })
  overdue!: number;

  @Field(() => Int, {
    description: "Not CLOSED, not yet overdue, and due before midnight on campus (Asia/Shanghai).",
  })
  dueToday!: number;
}

@ObjectType({ description: "What one escalation run did." })
export class EscalationRun {
  @Field(() => Int, {
    description: "Warnings moved up a level (or, at the university, recorded as overdue again).",
  })
  escalated!: number;

  @Field(() => Date, { description: "The moment the run judged due times against." })
  asOf!: Date;
}
