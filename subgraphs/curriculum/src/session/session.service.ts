import { badUserInput, forbidden, isDateTime, type RequestContext } from "@campus/subgraph";
import { MAX_PAGE_SIZE, type Connection, type PageArgs } from "@campus/subgraph/data";
import type { Course } from "../course/course.entity";
import type { Enrolment } from "../enrolment/enrolment.entity";
import { assertId, isId } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.reference";
import type { CourseSession } from "./session.entity";

type EnrolmentCursor = { enrolledAt: string; id: string };

function encodeCursor(enrolment: Enrolment): string {
  return Buffer.from(JSON.stringify([enrolment.enrolledAt.toISOString(), enrolment.id])).toString("base64url");
}

function decodeCursor(value: string): EnrolmentCursor {
  try {
    const parsed = value.length <= 512 ? JSON.parse(Buffer.from(value, "base64url").toString("utf8")) : null;
    if (Array.isArray(parsed) && parsed.length === 2 && isDateTime(parsed[0]) && isId(parsed[1])) {
      return { enrolledAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput("after is not a cursor this API issued", "after");
}

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

  instructor(session: CourseSession): Person | null {
    return session.instructorId ? { id: session.instructorId } : null;
  }

  async enrolledCount(session: CourseSession): Promise<number> {
    return (await this.ctx.loaders.enrolmentCounts.load(session.id)).enrolled;
  }

  /** Every enrolment of the session (either status), first come first; batched across sessions. */
  async enrolments(session: CourseSession, args: PageArgs): Promise<Connection<Enrolment>> {
    // A session's roster is for the staff who run it; students see seats left, not who took them.
    if (!this.ctx.access.isStaff() && !this.ctx.access.hasRole("service")) throw forbidden("only staff see a session's roster");
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
    }
    const after = args.after ? decodeCursor(args.after) : null;
    const [rows, counts] = await Promise.all([
      this.ctx.loaders.enrolmentPage.load({ sessionId: session.id, limit: args.first + 1, after }),
      this.ctx.loaders.enrolmentCounts.load(session.id),
    ]);
    const edges = rows.slice(0, args.first).map((node) => ({ node, cursor: encodeCursor(node) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: counts.enrolled + counts.cancelled,
    };
  }
}
