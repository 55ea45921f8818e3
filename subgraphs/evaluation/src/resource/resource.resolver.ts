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
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { existing, type RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Warning } from "../warning/warning.entity";
import { Resource } from "./resource.entity";
import {
  CreateResourceInput,
  CreateResourceRuleInput,
  RecordUptakeInput,
  ResourcesArgs,
  UpdateResourceInput,
} from "./resource.input";
import { ResourceService } from "./resource.service";
import { ResourceOutcome } from "./resource-outcome.type";
import { ResourceOutcomeService } from "./resource-outcome.service";
import { ResourcePush } from "./resource-push.entity";
import { ResourcePushService } from "./resource-push.service";
import { ResourceRule } from "./resource-rule.entity";

export const ResourceConnection = ConnectionType(Resource, "Resource");
export const ResourcePushConnection = ConnectionType(ResourcePush, "ResourcePush");

@ObjectType({ description: "What one push run did." })
export class PushRun {
  @Field(() => Int, {
    description: "New pushes; a resource already in a student's inbox is not pushed again.",
  })
  pushed!: number;

  @Field(() => Date, {
    description: "The time the run matched open warnings and cases at, and dated its pushes.",
  })
  asOf!: Date;
}

@ArgsType()
export class InboxArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Only pushes not yet read." })
  unreadOnly: boolean = false;
}

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => ResourceConnection, {
    description: "The resource catalogue, oldest first, a page at a time.",
  })
  resources(@Args(() => ResourcesArgs) args: ResourcesArgs, @Ctx() ctx: RequestContext<Loaders>) {
    return new ResourceService(ctx).list(args);
  }

  @Mutation(() => Resource, {
    description: "Adds a resource to the catalogue. University, college and school administrators.",
  })
  createResource(
    @Arg("input", () => CreateResourceInput) input: CreateResourceInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Resource> {
    return new ResourceService(ctx).create(input);
  }

  @Mutation(() => Resource, {
    description:
      "Edits a resource, or retires it (active: false). University, college and school administrators.",
  })
  updateResource(
    @Arg("input", () => UpdateResourceInput) input: UpdateResourceInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Resource> {
    return new ResourceService(ctx).update(input);
  }

  @Mutation(() => ResourceRule, {
    description:
      "Adds a rule pushing a resource to the students it fits. University administrators.",
  })
  createResourceRule(
    @Arg("input", () => CreateResourceRuleInput) input: CreateResourceRuleInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResourceRule> {
    return new ResourceService(ctx).createRule(input);
  }

  @Mutation(() => ResourceRule, {
    description: "Switches a rule on or off; pushes it made stay. University administrators.",
  })
  setResourceRuleActive(
    @Arg("id", () => ID) id: string,
    @Arg("active", () => Boolean) active: boolean,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResourceRule> {
    return new ResourceService(ctx).setRuleActive(id, active);
  }

  @Mutation(() => PushRun, {
    description:
      "Pushes every active resource to the students its active rules match, once each. University administrators and the platform.",
  })
  pushResources(
    @Arg("asOf", () => Date, { nullable: true, description: "Default: now; not in the future." })
    asOf: Date | null,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<PushRun> {
    return new ResourcePushService(ctx).push(asOf);
  }

  @Mutation(() => ResourcePush, {
    description:
      "Marks a push read; the first reading's time stays. Only the student it was pushed to.",
  })
  markPushRead(
    @Arg("pushId", () => ID) pushId: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResourcePush> {
    return new ResourcePushService(ctx).markRead(pushId);
  }

  @Mutation(() => ResourcePush, {
    description:
      "Records that the student took the resource up (and so read it); the first time stays. Only the student it was pushed to.",
  })
  recordUptake(
    @Arg("input", () => RecordUptakeInput) input: RecordUptakeInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResourcePush> {
    return new ResourcePushService(ctx).recordUptake(input.pushId, input.note);
  }

  @Query(() => [ResourceOutcome], {
    description:
      "Per resource kind and warning category, whether warnings of students who took a resource up closed sooner, for warnings raised in [from, to). University, college and school administrators, over the students they cover.",
  })
  resourceOutcomeReport(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResourceOutcome[]> {
    return new ResourceOutcomeService(ctx).report(from, to);
  }

  @FieldResolver(() => [ResourceRule], { description: "The rules that push it, oldest first." })
  rules(@Root() resource: Resource, @Ctx() ctx: RequestContext<Loaders>): Promise<ResourceRule[]> {
    return new ResourceService(ctx).rules(resource);
  }
}

@Resolver(() => ResourceRule)
export class ResourceRuleResolver {
  @FieldResolver(() => Resource)
  async resource(
    @Root() rule: ResourceRule,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Resource> {
    return existing(
      await ctx.loaders.resource.load(rule.resource.id),
      "Resource",
      rule.resource.id,
    );
  }
}

@Resolver(() => ResourcePush)
export class ResourcePushResolver {
  @FieldResolver(() => Resource)
  async resource(
    @Root() push: ResourcePush,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Resource> {
    return existing(
      await ctx.loaders.resource.load(push.resource.id),
      "Resource",
      push.resource.id,
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student it was pushed to." })
  person(@Root() push: ResourcePush): Person {
    return { id: push.personId };
  }

  @FieldResolver(() => String, {
    description:
      "Why it was pushed, e.g. 学业预警（橙色）. A mental-health warning is named only to readers holding MENTAL_HEALTH for the student.",
  })
  reason(@Root() push: ResourcePush, @Ctx() ctx: RequestContext<Loaders>): string {
    return new ResourcePushService(ctx).reason(push);
  }

  @FieldResolver(() => Warning, {
    nullable: true,
    description:
      "The warning that caused it; null when a case did, or when the reader may not see the warning.",
  })
  warning(
    @Root() push: ResourcePush,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Warning | null> {
    return new ResourcePushService(ctx).warning(push);
  }
}

@Resolver(() => Person)
export class PersonInboxResolver {
  @FieldResolver(() => ResourcePushConnection, {
    nullable: true,
    description:
      "Resources pushed to this student, newest first. The student and staff with CARE for them; null with FORBIDDEN otherwise.",
  })
  inbox(
    @Root() person: Person,
    @Args(() => InboxArgs) args: InboxArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new ResourcePushService(ctx).inbox(person.id, args);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Pushes not yet read; same access as inbox.",
  })
  unreadInboxCount(@Root() person: Person, @Ctx() ctx: RequestContext<Loaders>): Promise<number> {
    return new ResourcePushService(ctx).unreadCount(person.id);
  }
}
