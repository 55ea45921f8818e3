import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Notification } from "./notification.entity";
import { NotificationService } from "./notification.service";

export const NotificationConnection = ConnectionType(Notification, "Notification");

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Only those not yet read." })
  unreadOnly: boolean = false;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      "The signed-in person's notifications (assigned to me, escalated to me, added to a task force, a measure of mine due soon or overdue), newest first. Empty for callers who are not a person.",
  })
  myNotifications(
    @Args(() => MyNotificationsArgs) args: MyNotificationsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new NotificationService(ctx).mine(args.unreadOnly, args);
  }

  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: RequestContext<Loaders>): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Mutation(() => [ID], {
    description:
      "Marks the signed-in person's notifications with these ids read (at most 500); answers the ids that were unread. Ids of others' notifications change nothing. FORBIDDEN for callers who are not a person.",
  })
  markNotificationsRead(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string[]> {
    return new NotificationService(ctx).markRead(ids);
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification): boolean {
    return n.readAt !== null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who caused it; null for the platform's jobs.",
  })
  by(@Root() n: Notification): Person | null {
    return n.byPersonId ? { id: n.byPersonId } : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The warning it is about: open it with warning(id).",
  })
  warningId(@Root() n: Notification): string | null {
    return n.warningId;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The case it is about: open it with assistanceCase(id).",
  })
  caseId(@Root() n: Notification): string | null {
    return n.caseId;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The measure of the case it is about." })
  measureId(@Root() n: Notification): string | null {
    return n.measureId;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The measure's due date (YYYY-MM-DD) the notice is about.",
  })
  measureDueOn(@Root() n: Notification): string | null {
    return n.measureDueOn;
  }
}
