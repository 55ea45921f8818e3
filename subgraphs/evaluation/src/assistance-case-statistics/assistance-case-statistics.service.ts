import { badUserInput, forbidden, today, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import {
  AssistanceCaseStatus,
  CaseKind,
  DifficultyGrade,
  EscalationTier,
} from "../assistance-case/assistance-case.enums";
import { CaseAccess } from "../assistance-case/case-access";
import type { UnitStudents } from "../warning-statistics/warning-statistics.service";
import {
  AssistanceCaseStatisticsRepository,
  type CaseFiguresQuery,
  type CaseFiguresRow,
} from "./assistance-case-statistics.repository";
import {
  SMALL_CELL,
  type AssistanceCaseFigures,
  type AssistanceCaseStatistics,
} from "./assistance-case-statistics.type";

/** The longest range the statistics cover, in years: at most 11 calendar years of rows. */
export const MAX_RANGE_YEARS = 10;

/**
 * 帮扶 statistics over exactly the cases assistanceCases lists for the caller, with small cells
 * suppressed for callers outside the care line.
 */
export class AssistanceCaseStatisticsService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Figures over the cases opened in [from, to) the caller may see, and the measures overdue now
   * on any case they may see: one statement. BAD_USER_INPUT unless from < to, at most
   * MAX_RANGE_YEARS apart.
   */
  async statistics(from: Date, to: Date): Promise<AssistanceCaseStatistics> {
    const rows = await new AssistanceCaseStatisticsRepository(this.ctx.em).figures(
      this.query(from, to),
    );
    return statisticsOf(from, to, rows);
  }

  /**
   * The same figures narrowed to a unit's students (the overdue measures too: those of its
   * students' cases): every unit of a request in one statement. FORBIDDEN when the unit has
   * students and the caller sees none of them; a unit without students shows zeros.
   */
  async ofUnit(unit: UnitStudents, from: Date, to: Date): Promise<AssistanceCaseStatistics> {
    const query = this.query(from, to);
    const rows = await this.ctx.loaders.unitCaseStatistics.load({
      id: JSON.stringify([unit.kind, unit.id, from.toISOString(), to.toISOString()]),
      query,
      students: seenStudents(this.ctx, unit),
    });
    return statisticsOf(from, to, rows);
  }

  /** The caller's question over [from, to), checked. */
  private query(from: Date, to: Date): CaseFiguresQuery {
    if (!(from.getTime() < to.getTime())) throw badUserInput("to must be after from", "to");
    const latest = new Date(from.getTime());
    latest.setUTCFullYear(latest.getUTCFullYear() + MAX_RANGE_YEARS);
    if (to.getTime() > latest.getTime())
      throw badUserInput(
        `the range may be at most ${MAX_RANGE_YEARS} years long: to must be at most ${latest.toISOString()}`,
        "to",
      );
    const { access } = this.ctx;
    return {
      scope: new CaseAccess(access).rowScope(),
      care: access.students("CARE"),
      financial: access.students("FINANCIAL"),
      from,
      to,
      today: today(),
    };
  }
}

/**
 * The unit's students whose cases the caller may count and list (those they see: themselves, or
 * in a duty's scope); FORBIDDEN when there are students and the caller sees none of them.
 */
export function seenStudents(ctx: RequestContext<Loaders>, unit: UnitStudents): string[] {
  const seen = unit.studentIds.filter((id) => ctx.access.sees(id));
  if (unit.studentIds.length && !seen.length)
    throw forbidden(
      `the assistance cases of a ${unit.kind}'s students are counted and listed only for students the caller sees, and it sees none of this one's`,
    );
  return seen;
}

/** The statistics from the statement's rows for one set of figures. */
function statisticsOf(from: Date, to: Date, rows: CaseFiguresRow[]): AssistanceCaseStatistics {
  const of = (dimension: CaseFiguresRow["dimension"]) =>
    new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, r]));
  const [byKind, byGrade, byStatus, overdue] = [
    of("kind"),
    of("grade"),
    of("status"),
    of("overdue"),
  ];
  return {
    from,
    to,
    total: figures(rows.find((r) => r.dimension === "total")),
    byYear: rows
      .filter((r) => r.dimension === "year")
      .map((r) => ({ year: Number(r.key), figures: figures(r) }))
      .sort((a, b) => a.year - b.year),
    byKind: Object.values(CaseKind).map((kind) => ({
      kind,
      figures: figures(byKind.get(kind)),
    })),
    byGrade: Object.values(DifficultyGrade).map((grade) => ({
      grade,
      figures: figures(byGrade.get(grade)),
    })),
    byStatus: Object.values(AssistanceCaseStatus).map((status) => {
      const cell = figures(byStatus.get(status));
      return { status, cases: cell.opened, suppressed: cell.suppressed };
    }),
    overdueMeasuresByTier: Object.values(EscalationTier).map((tier) => ({
      tier,
      measures: overdue.get(tier)?.opened ?? 0,
    })),
  };
}

/**
 * A cell's figures, or nulls when it counts 1–4 students and the caller does not hold CARE for at
 * least one of them; zeros for a cell no case falls in.
 */
function figures(row: CaseFiguresRow | undefined): AssistanceCaseFigures {
  if (!row) return { students: 0, opened: 0, graded: 0, assisted: 0, closed: 0, suppressed: false };
  if (row.students >= SMALL_CELL.min && row.students <= SMALL_CELL.max && !row.care)
    return {
      students: null,
      opened: null,
      graded: null,
      assisted: null,
      closed: null,
      suppressed: true,
    };
  const { students, opened, graded, assisted, closed } = row;
  return { students, opened, graded, assisted, closed, suppressed: false };
}
