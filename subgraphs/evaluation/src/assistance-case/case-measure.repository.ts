import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import {
  enumTypeName,
  label,
  paginate,
  pgArray,
  selectRows,
  tableName,
  type Connection,
  type PageArgs,
} from "@campus/subgraph/data";
import { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus, EscalationTier, MeasureStatus } from "./assistance-case.enums";
import { ESCALATION_AFTER_DAYS, OPEN_MEASURE_STATUSES } from "./assistance-case.workflow";
import { CaseMeasure, MeasureEscalation } from "./case-measure.entity";

export class CaseMeasureRepository extends EntityRepository<CaseMeasure> {
  /** Measures matching `where`, earliest due first, a page at a time. */
  page(where: FilterQuery<CaseMeasure>, args: PageArgs): Promise<Connection<CaseMeasure>> {
    return paginate(this.getEntityManager(), CaseMeasure, where, args, "dueOn");
  }

  /** The measure as it is now, with its case, for a status change to check. */
  forWork(id: string): Promise<CaseMeasure | null> {
    return this.findOne(
      { id },
      { refresh: true, populate: ["case"], comments: label("evaluation.measureForWork") },
    );
  }

  /** Measures of the case that are not cancelled. */
  active(c: AssistanceCase): Promise<number> {
    return this.count(
      { case: c, status: { $ne: MeasureStatus.CANCELLED } },
      { comments: label("evaluation.activeMeasures") },
    );
  }

  /** Open measures of the case a person is responsible for. */
  openFor(c: AssistanceCase, responsibleId: string): Promise<number> {
    return this.count(
      {
        case: c,
        responsibleId,
        status: { $in: [MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS] },
      },
      { comments: label("evaluation.openMeasuresOfMember") },
    );
  }

  /**
   * Escalates every overdue measure to each tier its lateness has reached on `day`, once per
   * measure, missed due date and tier: one INSERT ... SELECT. Answers how many escalations it recorded.
   */
  async escalateOverdue(day: string): Promise<number> {
    const em = this.getEntityManager();
    // Tier names and day counts are the policy's constants, never caller input.
    const tiers = Object.entries(ESCALATION_AFTER_DAYS)
      .map(([tier, days]) => `('${EscalationTier[tier as EscalationTier]}', ${Number(days)})`)
      .join(", ");
    const rows = await selectRows<{ id: string }>(
      em,
      "evaluation.escalateOverdueMeasures",
      `insert into ?? (id, measure_id, tier, due_on, at) ` +
        `select gen_random_uuid(), m.id, t.tier::??, m.due_on, now() ` +
        `from ?? as m join ?? as c on c.id = m.case_id ` +
        `join (values ${tiers}) as t(tier, days) on ?::date - m.due_on >= t.days ` +
        `where m.status = any(?::text[]::??[]) and c.status <> ? and m.due_on < ?::date ` +
        `on conflict (measure_id, due_on, tier) do nothing returning id`,
      [
        tableName(em, MeasureEscalation),
        enumTypeName(em, MeasureEscalation, "tier"),
        tableName(em, CaseMeasure),
        tableName(em, AssistanceCase),
        day,
        pgArray(OPEN_MEASURE_STATUSES),
        enumTypeName(em, CaseMeasure, "status"),
        AssistanceCaseStatus.CLOSED,
        day,
      ],
    );
    return rows.length;
  }
}
