import { OptimisticLockError, UniqueConstraintViolationException, type FilterQuery } from "@mikro-orm/core";
import { requireStaffPurpose } from "@campus/access";
import { assertId, codedError, forbidden, notFound, paginate, type Connection, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { actingPerson, anyStudent, refuseSelf } from "../row-scope";
import { optionalText } from "@campus/subgraph";
import { Warning } from "./warning.entity";
import { WarningCategory, type WarningStatus } from "./warning.enums";
import { MAX_NOTE_LENGTH, type WarningFilter, type WarningsArgs } from "./warning.input";
import { WarningTransition } from "./warning-transition.entity";
import { allowedTargets, refusal } from "./warning.workflow";

const { MENTAL_HEALTH } = WarningCategory;

export class WarningService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * The row rule (SECURITY.md, "Rows"): a warning is visible to a caller who has any relationship
   * to its student; a MENTAL_HEALTH warning only to one who holds MENTAL_HEALTH for them, which a
   * student never does for themselves. `visibleWhere` is the same rule in SQL; keep them together.
   */
  canSee(warning: Warning): boolean {
    const { access } = this.ctx;
    if (!access.sees(warning.personId)) return false;
    return warning.category !== MENTAL_HEALTH || access.grant(warning.personId, ["MENTAL_HEALTH"]) !== null;
  }

  private visibleWhere(): FilterQuery<Warning> {
    const { access } = this.ctx;
    const anyone = access.students();
    const mentalHealth = access.students("MENTAL_HEALTH");
    if (anyone === "all" && mentalHealth === "all") return {};
    const other = anyone === "all" ? {} : { personId: anyStudent(anyone) };
    const mental = mentalHealth === "all" ? {} : { personId: anyStudent(mentalHealth) };
    return { $or: [{ ...other, category: { $ne: MENTAL_HEALTH } }, { ...mental, category: MENTAL_HEALTH }] };
  }

  /** A warning by id: null when there is none, FORBIDDEN when the caller may not see it. */
  async byId(id: string, field = "id"): Promise<Warning | null> {
    assertId(id, field);
    const warning = await this.ctx.loaders.warning.load(id);
    if (warning && !this.canSee(warning)) throw forbidden("this warning is about a student the caller may not see");
    return warning;
  }

  /**
   * The warnings about one person the caller may see, newest first; batched across all the people
   * of a request. FORBIDDEN when the caller has no relationship to the person at all.
   */
  async ofPerson(personId: string): Promise<Warning[]> {
    assertId(personId, "id");
    if (!this.ctx.access.sees(personId)) throw forbidden("warnings are visible only to the student and to staff whose duty covers them");
    const warnings = await this.ctx.loaders.warningsByPerson.load(personId);
    return warnings.filter((warning) => this.canSee(warning));
  }

  /** The warnings the caller may see, oldest first; filtered in SQL, so pages and counts agree. */
  async list(args: WarningsArgs): Promise<Connection<Warning>> {
    return paginate(this.ctx.em, Warning, { $and: [this.visibleWhere(), this.where(args.filter)] }, args, "raisedAt");
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
    const byPersonId = actingPerson(this.ctx.access, "advancing a warning");
    assertId(warningId, "warningId");
    const cleanNote = optionalText(note, "note", MAX_NOTE_LENGTH);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const warning = await tx.findOne(Warning, { id: warningId }, { refresh: true });
        if (!warning) throw notFound("Warning", warningId);
        this.assertMayAdvance(warning);
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

  /** Staff with CARE for the student (not the student themselves), and MENTAL_HEALTH for such warnings. */
  private assertMayAdvance(warning: Warning): void {
    const { access } = this.ctx;
    refuseSelf(access, warning.personId, "advancing a warning");
    requireStaffPurpose(access, warning.personId, ["CARE"], "advancing a warning");
    if (warning.category === MENTAL_HEALTH) requireStaffPurpose(access, warning.personId, ["MENTAL_HEALTH"], "advancing a mental-health warning");
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
