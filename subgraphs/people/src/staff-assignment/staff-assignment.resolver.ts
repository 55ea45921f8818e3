import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { StaffAssignment } from "./staff-assignment.entity";
import {
  AssignStaffArgs,
  EndStaffAssignmentArgs,
  StaffAssignmentsArgs,
} from "./staff-assignment.input";
import { StaffAssignmentService } from "./staff-assignment.service";
import { StaffCoverage } from "./staff-coverage.type";
import { StaffScopeService } from "./staff-scope.service";
import { ResponsibleStaffService } from "./responsible-staff.service";
import { StaffOnDuty } from "./staff-on-duty.type";

export const StaffAssignmentConnection = ConnectionType(StaffAssignment, "StaffAssignment");

@Resolver(() => StaffAssignment)
export class StaffAssignmentResolver {
  @Query(() => StaffAssignmentConnection, {
    description: "Staff assignments ordered by start date, a page at a time (administrators only).",
  })
  staffAssignments(
    @Args(() => StaffAssignmentsArgs) args: StaffAssignmentsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new StaffAssignmentService(ctx).list(args);
  }

  @Mutation(() => StaffAssignment, {
    description:
      "Gives a member of staff a duty over a class, grid, building, branch or unit (administrators only). BAD_USER_INPUT when the duty does not fit the target; CONFLICT when the person already holds it.",
  })
  assignStaff(
    @Args(() => AssignStaffArgs) args: AssignStaffArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StaffAssignment> {
    return new StaffAssignmentService(ctx).assign(args.input);
  }

  @Mutation(() => StaffAssignment, {
    description:
      "Ends an assignment on its last day (administrators only); the record stays. CONFLICT when it already has an end.",
  })
  endStaffAssignment(
    @Args(() => EndStaffAssignmentArgs) args: EndStaffAssignmentArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StaffAssignment> {
    return new StaffAssignmentService(ctx).end(args.id, args.endsOn);
  }

  @FieldResolver(() => Person, { description: "The member of staff." })
  person(
    @Root() assignment: StaffAssignment,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person> {
    return new StaffAssignmentService(ctx).person(assignment);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The administrator who made the assignment; null for imported ones.",
  })
  createdBy(
    @Root() assignment: StaffAssignment,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person | null> | null {
    return new StaffAssignmentService(ctx).createdBy(assignment);
  }
}

@Resolver(() => Person)
export class PersonStaffAssignmentsResolver {
  @FieldResolver(() => [StaffAssignment], {
    nullable: true,
    description:
      "The person's duties, latest start first, ended ones included. Null, with FORBIDDEN on this path, for anyone but the person themselves and administrators.",
  })
  staffAssignments(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StaffAssignment[]> {
    return new StaffAssignmentService(ctx).ofPerson(person);
  }

  @Directive(`@requires(fields: "residencePlaceIds")`)
  @FieldResolver(() => [StaffOnDuty], {
    nullable: true,
    description:
      "Who is on duty for this student today (counselor, class adviser, grid leader, building leader, branch secretary): names and duties. " +
      "The grid, building and branch staff only to callers who may know where the student lives. Null, with FORBIDDEN on this path, for anyone but the student and staff whose duty covers them.",
  })
  responsibleStaff(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StaffOnDuty[]> {
    return new ResponsibleStaffService(ctx).of(person);
  }
}

@Resolver()
export class StaffScopeResolver {
  @Query(() => [StaffCoverage], {
    description:
      "Per role, what a person covers through their assignments running today. For the gateway's scope resolution only.",
  })
  @Internal()
  staffScope(
    @Arg("personId", () => ID) personId: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<StaffCoverage[]> {
    return new StaffScopeService(ctx).of(personId);
  }
}
