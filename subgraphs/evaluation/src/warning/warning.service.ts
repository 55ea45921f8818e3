import { OptimisticLockError, UniqueConstraintViolationException, type FilterQuery } from "@mikro-orm/core";
import { assertId, badUserInput, codedError, forbidden, notFound, paginate, type Connection, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Warning } from "./warning.entity";
import type { WarningStatus } from "./warning.enums";
import { MAX_NOTE_LENGTH, type WarningFilter, type WarningsArgs } from "./warning.input";
import { WarningTransition } from "./warning-transition.entity";
import { allowedTargets, refusal } from "./warning.workflow";

/** Who is asking (@campus/auth's Caller, as the request context carries it). */
type Caller = RequestContext["caller"];

/*
 * Interim access rules, until the platform's access model lands. Warnings are sensitive:
 * - a caller holding some role other than "student" (staff, administrators, service clients)
 *   may read any warning;
 * - a caller whose only role is "student" may read only their own warnings;
 * - a caller with no role at all reads nothing;
 * - only counselors and administrators, and only as a person, may advance a warning.
 */

/** Holds a role other than "student". */
export function isStaff(caller: Caller): boolean {
  return caller.roles.some((role) => role !== "student");
}

export function canReadWarningsOf(caller: Caller, personId: string): boolean {
  if (isStaff(caller)) return true;
  return caller.roles.includes("student") && caller.personId !== null && caller.personId === personId;
}

export function canAdvanceWarnings(caller: Caller): boolean {
  return caller.roles.includes("counselor") || caller.roles.includes("admin");
}

export class WarningService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private assertCanRead(personId: string): void {
    if (!canReadWarningsOf(this.ctx.caller, personId)) throw forbidden("warnings are readable only by staff and by the student they are about");
  }

  /** A warning by id: null when there is none, FORBIDDEN when it is someone else's and the caller may not see it. */
  async byId(id: string, field = "id"): Promise<Warning | null> {
    assertId(id, field);
    const warning = await this.ctx.loaders.warning.load(id);
    if (warning) this.assertCanRead(warning.personId);
    return warning;
  }

  /** The warnings about one person, newest first; batched across all the people of a request. */
  async ofPerson(personId: string): Promise<Warning[]> {
    this.assertCanRead(personId);
    assertId(personId, "id");
    return this.ctx.loaders.warningsByPerson.load(personId);
  }

  /** Every warning, oldest first, for staff. */
  async list(args: WarningsArgs): Promise<Connection<Warning>> {
    if (!isStaff(this.ctx.caller)) throw forbidden("only staff may list warnings");
    return paginate(this.ctx.em, Warning, this.where(args.filter), args, "raisedAt");
  }

  transitions(warning: Warning): Promise<WarningTransition[]> {
    return this.ctx.loaders.transitionsByWarning.load(warning.id);
  }

  /**
   * Moves a warning one step along its workflow and records the step. Refused steps change
   * nothing. Of two advances from the same state at once, one applies and the other gets CONFLICT:
   * the update checks the version it read (optimistic lock) inside one transaction with the
   * history row.
   */
  async advance(warningId: string, to: WarningStatus, note: string | null | undefined): Promise<Warning> {
    const caller = this.ctx.caller;
    if (!canAdvanceWarnings(caller)) throw forbidden("only counselors and administrators may advance a warning");
    const byPersonId = caller.personId;
    if (!byPersonId) throw forbidden("advancing a warning records who did it, and this caller is not a person");
    assertId(warningId, "warningId");
    const cleanNote = normaliseNote(note);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const warning = await tx.findOne(Warning, { id: warningId }, { refresh: true });
        if (!warning) throw notFound("Warning", warningId);
        const from = warning.status;
        const why = refusal(from, to);
        if (why) throw codedError("BAD_USER_INPUT", why, { field: "to", from, to, allowed: allowedTargets(from) });
        const version = warning.version;
        warning.status = to;
        // UPDATE ... WHERE id = ? AND version = ?: fails if someone else moved it since we read it.
        await tx.flush();
        tx.create(WarningTransition, { warning, warningVersion: version, from, to, byPersonId, at: new Date(), note: cleanNote });
        return warning;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
        throw codedError("CONFLICT", `warning ${warningId} was changed by someone else at the same time; reload it and try again`, { id: warningId });
      }
      throw error;
    }
  }

  private where(filter: WarningFilter | null | undefined): FilterQuery<Warning> {
    const where: FilterQuery<Warning> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.status) where.status = filter.status;
    if (filter.level) where.level = filter.level;
    if (filter.category) where.category = filter.category;
    return where;
  }
}

function normaliseNote(note: string | null | undefined): string | null {
  const text = note?.trim();
  if (!text) return null;
  if (text.length > MAX_NOTE_LENGTH) throw badUserInput(`note is longer than ${MAX_NOTE_LENGTH} characters`, "note");
  return text;
}
