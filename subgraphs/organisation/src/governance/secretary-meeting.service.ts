import { LockMode, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  assertId,
  assertPeopleExist,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { GovernanceOfficers } from "./governance.guard";
import type {
  CreateSecretaryMeetingInput,
  RecordMeetingMinutesInput,
  SecretaryMeetingsArgs,
} from "./governance.input";
import { MEETING_UNIT_KINDS } from "./governance.rules";
import { SecretaryMeeting, SecretaryMeetingAttendee } from "./secretary-meeting.entity";

/**
 * 两级书记例会: those who govern a unit hold its secretaries' meetings, write the minutes and
 * record decisions as work items; the chair (or an administrator) signs the minutes off, after
 * which minutes, attendance and decisions are locked: each change is a CONFLICT. The meeting row
 * is locked while any of these runs, so a decision racing the sign-off lands before it or not at all.
 */
export class SecretaryMeetingService {
  private readonly officers: GovernanceOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new GovernanceOfficers(ctx);
  }

  private async mayWorkOn(meeting: SecretaryMeeting): Promise<boolean> {
    const me = this.ctx.caller.personId;
    return (
      (me !== null && meeting.chairId === me) || (await this.officers.governs(meeting.unit.id))
    );
  }

  /** The meeting, for its chair, its attendees and those who govern its unit; else NOT_FOUND. */
  async byId(id: string): Promise<SecretaryMeeting> {
    assertId(id, "id");
    const meeting = await this.ctx.loaders.secretaryMeeting.load(id);
    if (!meeting) throw notFound("SecretaryMeeting", id);
    if (await this.mayWorkOn(meeting)) return meeting;
    const me = this.ctx.caller.personId;
    const attendees = await this.ctx.loaders.attendeesByMeeting.load(meeting.id);
    if (me && attendees.some((a) => a.personId === me)) return meeting;
    throw notFound("SecretaryMeeting", id);
  }

  /** Meetings of the units the caller governs or that they chair, latest first. */
  async list(args: SecretaryMeetingsArgs): Promise<Connection<SecretaryMeeting>> {
    const units = await this.officers.units();
    const where: FilterQuery<SecretaryMeeting>[] = [];
    if (units !== "all") {
      const either: FilterQuery<SecretaryMeeting>[] = [];
      if (units.size) either.push({ unit: { $in: [...units] } });
      if (this.ctx.caller.personId) either.push({ chairId: this.ctx.caller.personId });
      if (!either.length)
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      where.push({ $or: either });
    }
    if (args.level) where.push({ level: args.level });
    if (args.unitId) where.push({ unit: args.unitId });
    return paginateOrdered(this.ctx.em, SecretaryMeeting, { $and: where }, args, "heldOn", "desc");
  }

  async create(input: CreateSecretaryMeetingInput): Promise<SecretaryMeeting> {
    this.officers.assertMayAct("hold a secretaries' meeting");
    const em = this.ctx.em;
    const unit = await em.findOne(
      OrgUnit,
      { id: input.unitId },
      { comments: label("organisation.meetingUnit") },
    );
    if (!unit) throw badUserInput(`no unit has the id ${input.unitId}`, "input.unitId");
    await this.officers.assertGoverns(unit.id, "hold this unit's meetings");
    if (!MEETING_UNIT_KINDS[input.level].includes(unit.kind))
      throw badUserInput(
        `${unit.name} (${unit.kind}) does not hold ${input.level} meetings; those are for ${MEETING_UNIT_KINDS[input.level].join(", ")}`,
        "input.unitId",
      );
    const attendeeIds = [...new Set(input.attendeeIds)];
    await assertPeopleExist(this.ctx, [
      { id: input.chairId, field: "input.chairId" },
      ...attendeeIds.map((id) => ({ id, field: "input.attendeeIds" })),
    ]);
    const meeting = await em.transactional((tx) => {
      const made = tx.create(SecretaryMeeting, {
        level: input.level,
        unit: unit.id,
        heldOn: input.heldOn,
        topic: input.topic.trim(),
        chairId: input.chairId,
        minutes: input.minutes?.trim() ?? "",
        createdById: this.ctx.caller.personId,
      });
      for (const personId of attendeeIds)
        tx.create(SecretaryMeetingAttendee, { meeting: made, personId });
      return made;
    });
    this.ctx.loaders.attendeesByMeeting.clearAll();
    return meeting;
  }

  /** Writes the minutes (and the attendance, when given) while they are not signed off. */
  async recordMinutes(input: RecordMeetingMinutesInput): Promise<SecretaryMeeting> {
    this.officers.assertMayAct("write a meeting's minutes");
    const attendeeIds = input.attendeeIds ? [...new Set(input.attendeeIds)] : null;
    if (attendeeIds)
      await assertPeopleExist(
        this.ctx,
        attendeeIds.map((id) => ({ id, field: "input.attendeeIds" })),
      );
    const meeting = await this.ctx.em.transactional(async (tx) => {
      const found = await this.openForDecision(tx, input.meetingId, "input.meetingId");
      found.minutes = input.minutes.trim();
      if (attendeeIds) {
        await tx.nativeDelete(SecretaryMeetingAttendee, { meeting: found.id });
        for (const personId of attendeeIds)
          tx.create(SecretaryMeetingAttendee, { meeting: found, personId });
      }
      return found;
    });
    this.ctx.loaders.attendeesByMeeting.clearAll();
    return meeting;
  }

  /** The chair or an administrator signs the minutes off: locked from then on. */
  async signOff(meetingId: string): Promise<SecretaryMeeting> {
    assertId(meetingId, "meetingId");
    const me = this.ctx.caller.personId;
    return this.ctx.em.transactional(async (tx) => {
      const found = await this.lock(tx, meetingId);
      const admin = this.ctx.access.hasRole("admin");
      if (!admin && (me === null || found.chairId !== me))
        throw forbidden("only the meeting's chair or an administrator may sign its minutes off");
      this.assertNotSignedOff(found);
      if (!found.minutes.trim())
        throw badUserInput("the minutes are empty; write them before signing off", "meetingId");
      found.signedOffAt = new Date();
      found.signedOffById = me;
      return found;
    });
  }

  /**
   * The meeting's row, locked for the caller's transaction, when the caller may work on it and its
   * minutes are not signed off: FORBIDDEN, NOT_FOUND or CONFLICT otherwise.
   */
  async openForDecision(
    tx: EntityManager,
    meetingId: string,
    field = "input.meetingId",
  ): Promise<SecretaryMeeting> {
    assertId(meetingId, field);
    const found = await this.lock(tx, meetingId);
    if (!(await this.mayWorkOn(found)))
      throw forbidden(
        "only the meeting's chair, its unit's secretary, its college's administrator or an administrator may change its record",
      );
    this.assertNotSignedOff(found);
    return found;
  }

  private assertNotSignedOff(meeting: SecretaryMeeting): void {
    if (meeting.signedOffAt)
      throw codedError(
        "CONFLICT",
        `the minutes were signed off on ${meeting.signedOffAt.toISOString()} and are locked`,
        { meetingId: meeting.id, signedOffAt: meeting.signedOffAt.toISOString() },
      );
  }

  private async lock(tx: EntityManager, id: string): Promise<SecretaryMeeting> {
    const found = await tx.findOne(
      SecretaryMeeting,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, comments: label("organisation.lockMeeting") },
    );
    if (!found) throw notFound("SecretaryMeeting", id);
    return found;
  }
}
