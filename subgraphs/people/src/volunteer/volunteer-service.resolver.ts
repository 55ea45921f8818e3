import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from "type-graphql";
import { forbidden, type RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs, paginateOrdered, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { termArg } from "../team/team.resolver";
import { Team } from "../team/team.entity";
import { VolunteerService } from "./volunteer-service.entity";
import {
  LogVolunteerServiceInput,
  RejectVolunteerServiceInput,
  VerifyVolunteerServiceInput,
  VolunteerTermArgs,
} from "./volunteer-service.input";
import { hoursKey } from "./volunteer-service.loader";
import { VolunteerServiceTransition } from "./volunteer-service-transition.entity";
import { VolunteerHoursService } from "./volunteer-hours.service";

type Context = RequestContext<Loaders>;

const VolunteerServiceConnection = ConnectionType(VolunteerService);

/** Volunteer hours are the student's own and their carers': themselves, or a duty covering them. */
function assertSees(ctx: Context, personId: string, field: string): void {
  if (!ctx.access.sees(personId))
    throw forbidden(`${field} is served to the student and to staff whose duty covers them`, {
      field,
    });
}

@Resolver(() => VolunteerService)
export class VolunteerServiceResolver {
  @Mutation(() => VolunteerService, {
    description:
      "The caller logs hours of volunteer service for an activity of a team they belong to (登记志愿时长); they await the leader's verification.",
  })
  logVolunteerService(
    @Arg("input", () => LogVolunteerServiceInput) input: LogVolunteerServiceInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerService> {
    return new VolunteerHoursService(ctx).log(input);
  }

  @Mutation(() => VolunteerService, {
    description:
      "Verifies logged hours (认定). The team's leader or an administrator, never for their own hours; a record already decided is a CONFLICT.",
  })
  verifyVolunteerService(
    @Arg("input", () => VerifyVolunteerServiceInput) input: VerifyVolunteerServiceInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerService> {
    return new VolunteerHoursService(ctx).verify(input);
  }

  @Mutation(() => VolunteerService, {
    description:
      "Rejects logged hours with the reason (不予认定). The team's leader or an administrator, never for their own hours; a record already decided is a CONFLICT.",
  })
  rejectVolunteerService(
    @Arg("input", () => RejectVolunteerServiceInput) input: RejectVolunteerServiceInput,
    @Ctx() ctx: Context,
  ): Promise<VolunteerService> {
    return new VolunteerHoursService(ctx).reject(input);
  }

  @FieldResolver(() => Person, { description: "The member who served." })
  async person(@Root() service: VolunteerService, @Ctx() ctx: Context): Promise<Person> {
    const person = await ctx.loaders.person.load(service.personId);
    if (!person) throw new Error(`person ${service.personId} is missing`);
    return person;
  }

  @FieldResolver(() => Team)
  async team(@Root() service: VolunteerService, @Ctx() ctx: Context): Promise<Team> {
    const team = await ctx.loaders.team.load(service.team.id);
    if (!team) throw new Error(`team ${service.team.id} is missing`);
    return team;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who verified or rejected it." })
  decidedBy(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    return service.decidedById ? ctx.loaders.person.load(service.decidedById) : null;
  }

  @FieldResolver(() => [VolunteerServiceTransition], {
    description: "Its steps: logged, then verified or rejected.",
  })
  transitions(@Root() service: VolunteerService, @Ctx() ctx: Context) {
    return ctx.loaders.volunteerTransitionsByService.load(service.id);
  }
}

@Resolver(() => VolunteerServiceTransition)
export class VolunteerServiceTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who took the step." })
  by(@Root() transition: VolunteerServiceTransition, @Ctx() ctx: Context) {
    return ctx.loaders.person.load(transition.byPersonId);
  }
}

@Resolver(() => Person)
export class PersonVolunteerResolver {
  @FieldResolver(() => Float, {
    description:
      "Verified volunteer hours (志愿服务时长), in a term or in all. The student and staff whose duty covers them.",
  })
  volunteerHours(
    @Root() person: Person,
    @Args(() => VolunteerTermArgs) args: VolunteerTermArgs,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const term = termArg(args);
    assertSees(ctx, person.id, "Person.volunteerHours");
    return ctx.loaders.verifiedHoursByPerson.load(hoursKey(person.id, term));
  }

  @FieldResolver(() => VolunteerServiceConnection, {
    description:
      "The volunteer service the person logged, newest first, whatever its status. The student and staff whose duty covers them.",
  })
  volunteerService(
    @Root() person: Person,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<VolunteerService>> {
    assertSees(ctx, person.id, "Person.volunteerService");
    return paginateOrdered(
      ctx.em,
      VolunteerService,
      { personId: person.id },
      page,
      "startsAt",
      "desc",
    );
  }
}
