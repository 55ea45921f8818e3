import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Building } from "../building/building.reference";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { DutyShift } from "./duty-shift.entity";
import { AddDutyShiftArgs, EndDutyShiftArgs, StaffOnDutyArgs } from "./duty-shift.input";
import { DutyShiftService } from "./duty-shift.service";

@Resolver(() => DutyShift)
export class DutyShiftResolver {
  @Mutation(() => DutyShift, {
    description:
      "Puts a member of staff on the duty roster (值班) of a grid or building for a weekday and hours (administrators). BAD_USER_INPUT: end not after start, a duty not served there, an unknown place or person; CONFLICT: the person's shifts would overlap.",
  })
  addDutyShift(
    @Args(() => AddDutyShiftArgs) args: AddDutyShiftArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<DutyShift> {
    return new DutyShiftService(ctx).add(args.input);
  }

  @Mutation(() => DutyShift, {
    description:
      "Takes a shift off the roster after its last day (administrators); the record stays. CONFLICT when it already ends by then.",
  })
  endDutyShift(
    @Args(() => EndDutyShiftArgs) args: EndDutyShiftArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<DutyShift> {
    return new DutyShiftService(ctx).end(args.id, args.lastDay);
  }

  @Query(() => [DutyShift], {
    description:
      "我的值班: the caller's duty shifts still served today or later, by weekday and start. Members of staff only.",
  })
  myDuties(@Ctx() ctx: RequestContext<Loaders>): Promise<DutyShift[]> {
    return new DutyShiftService(ctx).mine();
  }

  @FieldResolver(() => Person, { description: "The member of staff on duty." })
  person(@Root() shift: DutyShift, @Ctx() ctx: RequestContext<Loaders>): Promise<Person> {
    return new DutyShiftService(ctx).person(shift);
  }
}

@Resolver(() => Grid)
export class GridDutyResolver {
  @FieldResolver(() => [DutyShift], {
    description:
      "Who is on duty in this grid at a moment (now when left out), campus time: the shifts serving then.",
  })
  staffOnDuty(
    @Root() grid: Grid,
    @Args(() => StaffOnDutyArgs) args: StaffOnDutyArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<DutyShift[]> {
    return new DutyShiftService(ctx).onDuty(grid.id, args.at);
  }

  @FieldResolver(() => [DutyShift], {
    description:
      "The grid's duty roster (值班表): shifts not ended before today, by weekday and start.",
  })
  dutyRoster(@Root() grid: Grid, @Ctx() ctx: RequestContext<Loaders>): Promise<DutyShift[]> {
    return new DutyShiftService(ctx).roster(grid.id);
  }
}

@Resolver(() => Building)
export class BuildingDutyResolver {
  @FieldResolver(() => [DutyShift], {
    description:
      "Who is on duty for the whole building at a moment (now when left out), campus time; its grids' own shifts are on each Grid.",
  })
  staffOnDuty(
    @Root() building: Building,
    @Args(() => StaffOnDutyArgs) args: StaffOnDutyArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<DutyShift[]> {
    return new DutyShiftService(ctx).onDuty(building.id, args.at);
  }

  @FieldResolver(() => [DutyShift], {
    description:
      "The building's duty roster (值班表): shifts not ended before today, by weekday and start.",
  })
  dutyRoster(
    @Root() building: Building,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<DutyShift[]> {
    return new DutyShiftService(ctx).roster(building.id);
  }
}
