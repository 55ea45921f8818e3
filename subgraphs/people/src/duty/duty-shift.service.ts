import { LockMode } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { AssignmentTarget, TARGETS_OF } from "../staff-assignment/staff-assignment.enums";
import { DutyShift } from "./duty-shift.entity";
import { DutyPlace } from "./duty-shift.enums";
import type { AddDutyShiftInput } from "./duty-shift.input";
import type { DutyShiftRepository } from "./duty-shift.repository";
import { campusMoment, minutesOf, servesAt } from "./duty-time";
import { placeKindOf } from "./places.graph";

/**
 * The community's duty roster (值班表): administrators put staff on it and take them off; anyone
 * signed in sees who serves in a grid or building (names and hours, nothing about students), and a
 * member of staff sees their own duties.
 */
export class DutyShiftService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private repository(em = this.ctx.em) {
    return em.getRepository<DutyShift, DutyShiftRepository>(DutyShift);
  }

  private assertAdmin(action: string): void {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`only an administrator may ${action}`);
  }

  /**
   * Puts a member of staff on the roster. Refused with BAD_USER_INPUT, nothing written: a duty that
   * is never served in this kind of place, an end not after the start, a period ending before it
   * begins, someone not staff, a place organisation does not know; CONFLICT: a shift of the same
   * person that meets this one (same weekday, hours and periods sharing time), checked under a
   * lock on the person's row so two at once cannot both pass.
   */
  async add(input: AddDutyShiftInput): Promise<DutyShift> {
    this.assertAdmin("change a duty roster");
    const startMinute = minutesOf(input.startTime);
    const endMinute = minutesOf(input.endTime);
    if (endMinute <= startMinute)
      throw badUserInput("the shift must end after it starts", "input.endTime");
    const validUntil = input.validUntil ?? null;
    if (validUntil !== null && validUntil < input.validFrom)
      throw badUserInput("validUntil is before validFrom", "input.validUntil");
    const target =
      input.placeKind === DutyPlace.GRID ? AssignmentTarget.GRID : AssignmentTarget.BUILDING;
    if (!TARGETS_OF[input.role].includes(target))
      throw codedError(
        "BAD_USER_INPUT",
        `a ${input.role} does not serve in a ${input.placeKind.toLowerCase()}`,
        { field: "input.role" },
      );
    const known = await placeKindOf(this.ctx, input.placeId);
    if (known !== null && known !== input.placeKind)
      throw badUserInput(
        `no ${input.placeKind.toLowerCase()} has the id ${input.placeId}`,
        "input.placeId",
      );
    return this.ctx.em.transactional(async (em) => {
      const person = await em.findOne(
        Person,
        { id: input.personId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!person) throw badUserInput(`person ${input.personId} does not exist`, "input.personId");
      if (person.kind !== PersonKind.STAFF)
        throw badUserInput("only members of staff serve on a duty roster", "input.personId");
      const shift = {
        personId: input.personId,
        weekday: input.weekday,
        startMinute,
        endMinute,
        validFrom: input.validFrom,
        validUntil,
      };
      const clash = await this.repository(em).overlapping(shift);
      if (clash)
        throw codedError(
          "CONFLICT",
          `this person already serves on weekday ${clash.weekday} from ${clash.startTime} to ${clash.endTime}`,
          { field: "input.startTime", overlapsId: clash.id },
        );
      return em.create(DutyShift, {
        ...shift,
        role: input.role,
        placeKind: input.placeKind,
        placeId: input.placeId,
        createdById: this.ctx.caller.personId,
      });
    });
  }

  /** Takes a shift off the roster after its last day; the row stays. */
  async end(id: string, lastDay: string): Promise<DutyShift> {
    this.assertAdmin("change a duty roster");
    return this.ctx.em.transactional(async (em) => {
      const shift = await em.findOne(
        DutyShift,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!shift) throw notFound("duty shift", id);
      if (lastDay < shift.validFrom)
        throw badUserInput(`lastDay is before the shift began (${shift.validFrom})`, "lastDay");
      if (shift.validUntil !== null && shift.validUntil <= lastDay)
        throw codedError("CONFLICT", `this shift already ends on ${shift.validUntil}`, { id });
      shift.validUntil = lastDay;
      shift.endedById = this.ctx.caller.personId;
      return shift;
    });
  }

  /** The caller's shifts still served today or later, by weekday and start. */
  mine(): Promise<DutyShift[]> {
    const me = this.ctx.caller.personId;
    if (!me || !this.ctx.access.isStaff()) throw forbidden("duties are for members of staff");
    return this.repository().runningFor(me, today());
  }

  /** A grid's or building's roster: the shifts not ended before today. */
  roster(placeId: string): Promise<DutyShift[]> {
    this.assertSignedIn();
    return this.ctx.loaders.dutyShiftsByPlace.load(placeId);
  }

  /**
   * Who serves in this place at `at` (now when left out), campus time: a shift on that weekday whose
   * hours hold the minute (start included, end not) and whose period holds the day.
   */
  async onDuty(placeId: string, at: Date | null | undefined): Promise<DutyShift[]> {
    this.assertSignedIn();
    const moment = campusMoment(at ?? new Date());
    const loader =
      moment.date >= today()
        ? this.ctx.loaders.dutyShiftsByPlace
        : this.ctx.loaders.allDutyShiftsByPlace;
    const shifts = await loader.load(placeId);
    return shifts.filter((shift) => servesAt(shift, moment));
  }

  async person(shift: DutyShift): Promise<Person> {
    const person = await this.ctx.loaders.person.load(shift.personId);
    if (!person) throw new Error(`person ${shift.personId} of duty shift ${shift.id} is missing`);
    return person;
  }

  private assertSignedIn(): void {
    if (!this.ctx.caller.personId && !this.ctx.access.hasRole("service"))
      throw forbidden("the duty roster is shown to people signed in");
  }
}
