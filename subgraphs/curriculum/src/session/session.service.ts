import { forbidden, isDateTime, type RequestContext, assertId } from "@campus/subgraph";
import {
  assertPageSize,
  connectionOf,
  decodeCursor,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import type { Course } from "../course/course.entity";
import type { Enrolment } from "../enrolment/enrolment.entity";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import type { Room } from "./room.reference";
import type { CourseSession } from "./session.entity";

export class SessionService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<CourseSession | null> {
    assertId(id, "id");
    return this.ctx.loaders.session.load(id);
  }

  async course(session: CourseSession): Promise<Course> {
    const course = await this.ctx.loaders.course.load(session.course.id);
    // The foreign key makes this impossible; say so rather than answer a null for a non-null field.
    if (!course) throw new Error(`course ${session.course.id} of session ${session.id} is missing`);
    return course;
  }

  room(session: CourseSession): Room | null {
    return session.roomId ? { id: session.roomId } : null;
  }

  async waitingCount(session: CourseSession): Promise<number> {
    return (await this.ctx.loaders.enrolmentCounts.load(session.id)).waiting;
  }

  instructor(session: CourseSession): Person | null {
    return session.instructorId ? { id: session.instructorId } : null;
  }

  async enrolledCount(session: CourseSession): Promise<number> {
    return (await this.ctx.loaders.enrolmentCounts.load(session.id)).enrolled;
  }

  /** Every enrolment of the session (any status), first come first; batched across sessions. */
  async enrolments(session: CourseSession, args: PageArgs): Promise<Connection<Enrolment>> {
    // A session's roster is for the staff who run it; students see seats left, not who took them.
    if (!this.ctx.access.isStaff() && !this.ctx.access.hasRole("service"))
      throw forbidden("only staff see a session's roster");
    assertPageSize(args.first);
    // Cursors are (enrolledAt, id), as every keyset page issues them; the counts loader also answers enrolledCount.
    const after = args.after ? decodeCursor(args.after, isDateTime) : null;
    const [rows, counts] = await Promise.all([
      this.ctx.loaders.enrolmentPage.load({ groupId: session.id, limit: args.first + 1, after }),
      this.ctx.loaders.enrolmentCounts.load(session.id),
    ]);
    return connectionOf(
      rows,
      args.first,
      counts.enrolled + counts.waiting + counts.cancelled,
      "enrolledAt",
    );
  }
}
