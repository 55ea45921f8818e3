import { Field, ObjectType, Query, Resolver } from "type-graphql";
import { previousTerm, termOf, today } from "@campus/subgraph";

@ObjectType({
  description:
    "The campus calendar as the platform keeps it (dates on campus, Asia/Shanghai), so clients need not compute terms.",
})
export class CampusCalendar {
  @Field(() => String, { description: "Today's date on campus, YYYY-MM-DD." })
  today!: string;

  @Field(() => String, {
    description:
      'The term today counts in, such as "2026-2027-1" (autumn, September to February) or "2026-2027-2" (spring).',
  })
  currentTerm!: string;

  @Field(() => String, { description: "The term before the current one." })
  previousTerm!: string;
}

@Resolver(() => CampusCalendar)
export class CampusCalendarResolver {
  @Query(() => CampusCalendar, {
    description:
      "Today and the current and previous terms on the campus calendar. Any caller may read it: it names no one.",
  })
  campusCalendar(): CampusCalendar {
    const day = today();
    const term = termOf(day);
    return { today: day, currentTerm: term, previousTerm: previousTerm(term) };
  }
}
