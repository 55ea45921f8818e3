import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { type Connection } from "@campus/subgraph/data";
import { type FilterQuery } from "@mikro-orm/core";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { StudentClass } from "../student-class/student-class.entity";
import { StaffAssignment } from "./staff-assignment.entity";
import { AssignmentTarget, TARGETS_OF } from "./staff-assignment.enums";
import type { StaffAssignmentRepository } from "./staff-assignment.repository";
import type {
  AssignStaffInput,
  StaffAssignmentFilter,
  StaffAssignmentsArgs,
} from "./staff-assignment.input";

/** An assignment runs on `day` when it has started and has not ended before it (endsOn is its last day). */
function runningOn(day: string): FilterQuery<StaffAssignment> {
  return { startsOn: { $lte: day }, $or: [{ endsOn: null }, { endsOn: { $gte: day } }] };
}

export class StaffAssignmentService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Assignments decide whom staff may see; only university administrators make or read them. */
  private assertAdmin(action: string): void {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`only an administrator may ${action}`);
  }

  /** All assignments, or those matching the filter, by start date, a page at a time. */
  list(args: StaffAssignmentsArgs): Promise<Connection<StaffAssignment>> {
    this.assertAdmin("list staff assignments");
    return this.ctx.em
      .getRepository<StaffAssignment, StaffAssignmentRepository>(StaffAssignment)
      .page(this.where(args.filter), args);
  }

  /** A person's assignments, latest start first: for the person themselves and administrators. */
  ofPerson(person: Person): Promise<StaffAssignment[]> {
    const { access, caller } = this.ctx;
    if (!access.hasRole("admin") && caller.personId !== person.id) {
      throw forbidden(
        "staff assignments are visible only to the person themselves and to administrators",
      );
    }
    return this.ctx.loaders.staffAssignmentsByPerson.load(person.id);
  }

  async person(assignment: StaffAssignment): Promise<Person> {
    const person = await this.ctx.loaders.person.load(assignment.personId);
    if (!person)
      throw new Error(
        `person ${assignment.personId} of staff assignment ${assignment.id} is missing`,
      );
    return person;
  }

  createdBy(assignment: StaffAssignment): Promise<Person | null> | null {
    return assignment.createdById ? this.ctx.loaders.person.load(assignment.createdById) : null;
  }

  /**
   * Gives a member of staff a duty. The duty must fit the target (TARGETS_OF), a class must exist
   * here (grids, buildings, branches and units belong to organisation and are taken by key), and the
   * same duty over the same target may not run twice at once.
   */
  async assign(input: AssignStaffInput): Promise<StaffAssignment> {
    this.assertAdmin("assign staff");
    const { personId, role, targetKind, targetId, startsOn } = input;
    if (!TARGETS_OF[role].includes(targetKind)) {
      throw codedError(
        "BAD_USER_INPUT",
        `a ${role} is assigned to ${TARGETS_OF[role].join(" or ")}, not ${targetKind}`,
        {
          field: "input.targetKind",
          allowed: TARGETS_OF[role],
        },
      );
    }
    return this.ctx.em.transactional(async (em) => {
      const person = await em.findOne(Person, { id: personId });
      if (!person) throw badUserInput(`person ${personId} does not exist`, "input.personId");
      if (person.kind !== PersonKind.STAFF)
        throw badUserInput("only members of staff are given duties", "input.personId");
      if (
        targetKind === AssignmentTarget.CLASS &&
        !(await em.findOne(StudentClass, { id: targetId }))
      ) {
        throw badUserInput(`class ${targetId} does not exist`, "input.targetId");
      }
      const running = await em
        .getRepository<StaffAssignment, StaffAssignmentRepository>(StaffAssignment)
        .running(personId, role, targetId, startsOn);
      if (running)
        throw codedError("CONFLICT", "this person already holds this duty over this target", {
          id: running.id,
        });
      return em.create(StaffAssignment, {
        personId,
        role,
        targetKind,
        targetId,
        startsOn,
        createdById: this.ctx.caller.personId,
      });
    });
  }

  /** Ends an assignment on its last day; the row stays, as the record of who covered whom when. */
  async end(id: string, endsOn: string): Promise<StaffAssignment> {
    this.assertAdmin("end staff assignments");
    assertId(id, "id");
    return this.ctx.em.transactional(async (em) => {
      const assignment = await em
        .getRepository<StaffAssignment, StaffAssignmentRepository>(StaffAssignment)
        .lock(id);
      if (!assignment) throw notFound("staff assignment", id);
      if (assignment.endsOn !== null)
        throw codedError("CONFLICT", `this assignment already ends on ${assignment.endsOn}`, {
          id,
        });
      if (endsOn < assignment.startsOn)
        throw badUserInput(
          `endsOn is before the assignment started (${assignment.startsOn})`,
          "endsOn",
        );
      assignment.endsOn = endsOn;
      return assignment;
    });
  }

  private where(filter: StaffAssignmentFilter | null | undefined): FilterQuery<StaffAssignment> {
    const where: FilterQuery<StaffAssignment>[] = [];
    if (filter?.personId) where.push({ personId: filter.personId });
    if (filter?.targetId) where.push({ targetId: filter.targetId });
    if (filter?.activeOn) where.push(runningOn(filter.activeOn));
    return where.length ? { $and: where } : {};
  }
}
