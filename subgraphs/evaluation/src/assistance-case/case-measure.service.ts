import { OptimisticLockError, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  today,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import type { Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { actingPerson } from "../row-scope";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus, MeasureStatus } from "./assistance-case.enums";
import type { AssistanceCaseRepository } from "./assistance-case.repository";
import type {
  AddCaseMeasureInput,
  OverdueMeasuresArgs,
  UpdateCaseMeasureStatusInput,
} from "./assistance-case.input";
import { AssistanceCaseService } from "./assistance-case.service";
import { dueOnOfTier, measureRefusal, OPEN_MEASURE_STATUSES } from "./assistance-case.workflow";
import { CaseAccess } from "./case-access";
import { CaseMeasure, MeasureEscalation, MeasureTransition } from "./case-measure.entity";
import type { CaseMeasureRepository } from "./case-measure.repository";
import { TaskForceMember } from "./task-force-member.entity";
import type { TaskForceMemberRepository } from "./task-force-member.repository";

const { CLOSED, REVIEWED } = AssistanceCaseStatus;

/** 一人一策 and 督办: a case's plan measures, the overdue board and escalation of overdue measures. */
export class CaseMeasureService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Open (PLANNED or IN_PROGRESS), due before today on campus, on a case that is not CLOSED. */
  async overdue(m: CaseMeasure): Promise<boolean> {
    if (!OPEN_MEASURE_STATUSES.includes(m.status) || m.dueOn >= today()) return false;
    const c = await this.ctx.loaders.assistanceCase.load(m.case.id);
    return c !== null && c.status !== CLOSED;
  }

  escalations(m: CaseMeasure): Promise<MeasureEscalation[]> {
    return this.ctx.loaders.escalationsByMeasure.load(m.id);
  }

  transitions(m: CaseMeasure): Promise<MeasureTransition[]> {
    return this.ctx.loaders.transitionsByMeasure.load(m.id);
  }

  /** A measure's case, through the case's own row rule. */
  async caseOf(m: CaseMeasure): Promise<AssistanceCase> {
    const c = await new AssistanceCaseService(this.ctx).byId(m.case.id);
    if (!c) throw notFound("AssistanceCase", m.case.id);
    return c;
  }

  /** Adds a measure to a case's plan, while the case is not yet REVIEWED or CLOSED. */
  async add(input: AddCaseMeasureInput): Promise<CaseMeasure> {
    const action = "adding a plan measure";
    const by = actingPerson(this.ctx.access, action);
    const cases = new AssistanceCaseService(this.ctx);
    return this.ctx.em.transactional(async (tx) => {
      const c = await tx
        .getRepository<AssistanceCase, AssistanceCaseRepository>(AssistanceCase)
        .forWork(input.caseId, false);
      if (!c) throw notFound("AssistanceCase", input.caseId);
      cases.assertMayWorkOn(c, action, await isMember(tx, c, by));
      if (c.status === REVIEWED || c.status === CLOSED)
        throw codedError(
          "BAD_USER_INPUT",
          `this case is ${c.status}; measures are added before review`,
          { field: "caseId", status: c.status },
        );
      const description = input.description.trim();
      const duty = input.duty.trim();
      if (input.dueOn < today())
        throw badUserInput(`dueOn ${input.dueOn} is in the past (today is ${today()})`, "dueOn");
      if (!(await isMember(tx, c, input.responsibleId)))
        throw badUserInput(
          "the responsible person must be on the case's task force",
          "responsibleId",
        );
      return tx.create(CaseMeasure, {
        case: c,
        description,
        responsibleId: input.responsibleId,
        duty,
        dueOn: input.dueOn,
        createdAt: new Date(),
        createdById: by,
      });
    });
  }

  /** Moves a measure's status along MEASURE_TRANSITIONS and records who and when; CANCELLED needs a note. */
  async updateStatus(input: UpdateCaseMeasureStatusInput): Promise<CaseMeasure> {
    const action = "updating a plan measure";
    const by = actingPerson(this.ctx.access, action);
    const note = cleanText(input.note);
    const cases = new AssistanceCaseService(this.ctx);
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const m = await measures(tx).forWork(input.measureId);
        if (!m) throw notFound("CaseMeasure", input.measureId);
        const c = m.case;
        cases.assertMayWorkOn(c, action, await isMember(tx, c, by));
        if (c.status === CLOSED)
          throw codedError("BAD_USER_INPUT", "this case is CLOSED; its plan no longer changes", {
            field: "measureId",
            status: c.status,
          });
        const from = m.status;
        const why = measureRefusal(from, input.status);
        if (why)
          throw codedError("BAD_USER_INPUT", why, { field: "status", from, to: input.status });
        if (input.status === MeasureStatus.CANCELLED && !note)
          throw badUserInput("cancelling a measure needs a note saying why", "note");
        const version = m.version;
        m.status = input.status;
        if (input.status === MeasureStatus.DONE) m.completedAt = new Date();
        await tx.flush();
        tx.create(MeasureTransition, {
          measure: m,
          measureVersion: version,
          from,
          to: input.status,
          byPersonId: by,
          at: new Date(),
          note,
        });
        return m;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw codedError(
          "CONFLICT",
          `measure ${input.measureId} was changed by someone else at the same time; reload it and try again`,
          { id: input.measureId },
        );
      throw error;
    }
  }

  /**
   * 督办 board: open measures past their due date on cases the caller may see (the same row rule
   * as cases, in SQL), earliest due first.
   */
  async board(args: OverdueMeasuresArgs): Promise<Connection<CaseMeasure>> {
    const visible = await new CaseAccess(this.ctx.access).visibleWhere(this.ctx.em);
    const onCase: Record<string, unknown> = { status: { $ne: CLOSED } };
    if (args.filter?.kind) onCase.kind = args.filter.kind;
    const day = today();
    const where: FilterQuery<CaseMeasure>[] = [
      { status: { $in: [...OPEN_MEASURE_STATUSES] }, dueOn: { $lt: day }, case: onCase },
    ];
    if (args.filter?.tier) {
      const due = dueOnOfTier(args.filter.tier, day);
      where.push({
        dueOn: due.after ? { $lte: due.onOrBefore, $gt: due.after } : { $lte: due.onOrBefore },
      });
    }
    if (visible) where.push({ case: visible });
    if (args.filter?.mine)
      where.push({
        responsibleId: actingPerson(this.ctx.access, "listing one's own overdue measures"),
      });
    return measures(this.ctx.em).page({ $and: where }, args);
  }

  /**
   * Escalates every overdue measure to each tier its lateness has reached on `asOf`
   * (ESCALATION_AFTER_DAYS), once per measure, missed due date and tier: one INSERT ... SELECT,
   * however many measures, and a repeat run records nothing new. The gateway's scheduler or an
   * administrator runs it.
   */
  async escalate(asOf: string | null | undefined): Promise<{ asOf: string; escalated: number }> {
    if (!this.ctx.system && !this.ctx.access.hasRole("admin"))
      throw forbidden(
        "escalating overdue measures is for administrators and the platform's scheduler",
      );
    const day = asOf ?? today();
    return { asOf: day, escalated: await measures(this.ctx.em).escalateOverdue(day) };
  }
}

async function isMember(tx: EntityManager, c: AssistanceCase, personId: string): Promise<boolean> {
  return tx
    .getRepository<TaskForceMember, TaskForceMemberRepository>(TaskForceMember)
    .serves(c, personId);
}

function measures(em: EntityManager): CaseMeasureRepository {
  return em.getRepository<CaseMeasure, CaseMeasureRepository>(CaseMeasure);
}
