import {
  badUserInput,
  forbidden,
  isLocalDate,
  termOf,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { assertPageSize, connectionOf, decodeCursor, type Connection } from "@campus/subgraph/data";
import { DutyShift } from "../duty/duty-shift.entity";
import { careRecordStudent, roomPlaces } from "../duty/places.graph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { StaffAssignment } from "../staff-assignment/staff-assignment.entity";
import { Visit } from "./visit.entity";
import type { RecordVisitInput, VisitsArgs } from "./visit.input";
import type { VisitRepository } from "./visit.repository";

/**
 * Dorm visits and talks (走访, 谈心谈话). Staff record them about students their duty covers, or
 * rooms in the grids and buildings they serve; the notes are CARE (see VisitNotes). Every check is
 * made before anything is written, so a refused visit leaves no row.
 */
export class VisitService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async record(input: RecordVisitInput): Promise<Visit> {
    const { access, caller } = this.ctx;
    const me = caller.personId;
    if (!me || !access.isStaff()) throw forbidden("only members of staff record visits");
    const studentId = input.studentId ?? null;
    const roomId = input.roomId ?? null;
    if (!studentId && !roomId)
      throw badUserInput("a visit names a student, a room or both", "input.studentId");
    if (input.visitedOn > today())
      throw badUserInput("a visit cannot be recorded before it happens", "input.visitedOn");
    if ((input.warningId || input.caseId) && !studentId)
      throw badUserInput("a warning or case is linked through its student", "input.studentId");

    if (studentId) {
      // Any staff duty over the student (not their own record): CONTACT, CARE or RESIDENCE for them.
      if (!access.grant(studentId, ["CARE", "CONTACT", "RESIDENCE"], { includeSelf: false }))
        throw forbidden("visits are recorded about students the caller's duty covers");
      const student = await this.ctx.loaders.person.load(studentId);
      if (!student || student.kind !== PersonKind.STUDENT)
        throw badUserInput(`no student has the id ${studentId}`, "input.studentId");
    }
    let places: { buildingId: string | null; gridId: string | null } = {
      buildingId: null,
      gridId: null,
    };
    if (roomId) {
      const room = await roomPlaces(this.ctx, roomId);
      if (room && !room.exists) throw badUserInput(`no room has the id ${roomId}`, "input.roomId");
      if (room) places = room;
      if (!studentId && !access.hasRole("admin") && !(await this.servesIn(me, places)))
        throw forbidden(
          "a room is visited by staff serving its grid or building (an assignment or a roster shift)",
        );
    }
    for (const [kind, id, field] of [
      ["WARNING", input.warningId, "input.warningId"],
      ["CASE", input.caseId, "input.caseId"],
    ] as const) {
      if (!id) continue;
      const subject = await careRecordStudent(this.ctx, kind, id);
      if (subject === null)
        throw badUserInput(`no ${kind === "WARNING" ? "warning" : "case"} has the id ${id}`, field);
      if (subject !== undefined && subject !== studentId)
        throw badUserInput(
          `that ${kind === "WARNING" ? "warning" : "case"} is about another student`,
          field,
        );
    }
    return this.ctx.em.transactional((em) =>
      Promise.resolve(
        em.create(Visit, {
          byPersonId: me,
          kind: input.kind,
          visitedOn: input.visitedOn,
          term: termOf(input.visitedOn),
          studentId,
          roomId,
          gridId: places.gridId,
          buildingId: places.buildingId,
          notes: input.notes.trim(),
          warningId: input.warningId ?? null,
          caseId: input.caseId ?? null,
        }),
      ),
    );
  }

  /** Whether the person serves the grid or building today: a running assignment or roster shift. */
  private async servesIn(
    personId: string,
    places: { buildingId: string | null; gridId: string | null },
  ): Promise<boolean> {
    const ids = [places.gridId, places.buildingId].filter((id): id is string => id !== null);
    if (!ids.length) return false;
    const day = today();
    const running = { $or: [{ endsOn: null }, { endsOn: { $gte: day } }] };
    const [assignments, shifts] = await Promise.all([
      this.ctx.em.count(StaffAssignment, {
        personId,
        targetId: { $in: ids },
        startsOn: { $lte: day },
        ...running,
      }),
      this.ctx.em.count(DutyShift, {
        personId,
        placeId: { $in: ids },
        validFrom: { $lte: day },
        $or: [{ validUntil: null }, { validUntil: { $gte: day } }],
      }),
    ]);
    return assignments + shifts > 0;
  }

  /** The caller's own visits, latest first. */
  mine(args: VisitsArgs): Promise<Connection<Visit>> {
    const me = this.ctx.caller.personId;
    if (!me || !this.ctx.access.isStaff()) throw forbidden("only members of staff record visits");
    return this.ctx.em.getRepository<Visit, VisitRepository>(Visit).byAuthor(me, args);
  }

  /** A student's visits, latest first: for those holding CARE for them. One statement per page of students. */
  async ofStudent(person: Person, args: VisitsArgs): Promise<Connection<Visit>> {
    if (!this.ctx.access.grant(person.id, ["CARE"]))
      throw forbidden("a student's visits and talks are shown to those holding CARE for them");
    assertPageSize(args.first);
    const after = args.after ? decodeCursor(args.after, isLocalDate) : null;
    const [rows, total] = await Promise.all([
      this.ctx.loaders.visitPageByStudent.load({
        groupId: person.id,
        limit: args.first + 1,
        after,
      }),
      this.ctx.loaders.visitCountByStudent.load({ groupId: person.id }),
    ]);
    return connectionOf(rows, args.first, total, "visitedOn");
  }

  async by(visit: Visit): Promise<Person> {
    const person = await this.ctx.loaders.person.load(visit.byPersonId);
    if (!person) throw new Error(`person ${visit.byPersonId} of visit ${visit.id} is missing`);
    return person;
  }

  student(visit: Visit): Promise<Person | null> | null {
    return visit.studentId ? this.ctx.loaders.person.load(visit.studentId) : null;
  }
}
