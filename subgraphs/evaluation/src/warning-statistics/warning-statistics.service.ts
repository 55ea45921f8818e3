import { badUserInput, forbidden, type RequestContext } from "@campus/subgraph";
import type { Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { WarningCategory, WarningLevel } from "../warning/warning.enums";
import type { Warning } from "../warning/warning.entity";
import type { WarningsArgs } from "../warning/warning.input";
import { WarningService } from "../warning/warning.service";
import { NO_WARNINGS, type CellFigures, type StatisticsAnswer } from "./warning-statistics.loader";
import type { WarningFigures, WarningStatistics } from "./warning-statistics.type";

/** The longest range a statistics question may span. */
export const MAX_RANGE_YEARS = 10;

/** A cell of this many students or fewer (and more than none) is suppressed for callers outside the care line. */
export const SMALL_CELL = 4;

/** The kinds of place whose students' warnings are counted and listed: the field's type name. */
export type UnitKind = "OrgUnit" | "Building" | "Grid";

/** The students of a unit as lent through @requires, and who the unit is. */
export interface UnitStudents {
  kind: UnitKind;
  id: string;
  studentIds: readonly string[];
}

/**
 * Warning statistics (SECURITY.md, "Aggregates"): one resolver per statistic, one set-based
 * statement per request for every question (WarningStatisticsRepository), over exactly the rows
 * the `warnings` list gives the same caller; for a unit, those of its students. Small cells are
 * suppressed for callers outside the care line.
 */
export class WarningStatisticsService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Over every warning the caller may list (Query.warningStatistics). */
  async ofVisible(from: Date, to: Date): Promise<WarningStatistics> {
    checkRange(from, to);
    const { access } = this.ctx;
    const visible = {
      anyone: access.students(),
      mentalHealth: access.students("MENTAL_HEALTH"),
      care: access.students("CARE"),
    };
    const answer = await this.ctx.loaders.warningStatistics.load({
      id: JSON.stringify(["visible", from.toISOString(), to.toISOString()]),
      question: { from, to, members: null },
      visible,
    });
    const mentalHealth = visible.mentalHealth === "all" || visible.mentalHealth.length > 0;
    return statisticsOf(from, to, answer, mentalHealth);
  }

  /**
   * Over the warnings the caller may list of a unit's students. FORBIDDEN when the unit has
   * students and the caller sees none of them; a unit without students shows zeros.
   */
  async ofUnit(unit: UnitStudents, from: Date, to: Date): Promise<WarningStatistics> {
    checkRange(from, to);
    const { access } = this.ctx;
    const members = this.counted(unit).map((id) => ({
      id,
      mentalHealth: access.grant(id, ["MENTAL_HEALTH"]) !== null,
      care: access.grant(id, ["CARE"]) !== null,
    }));
    const answer = await this.ctx.loaders.warningStatistics.load({
      id: JSON.stringify([unit.kind, unit.id, from.toISOString(), to.toISOString()]),
      question: { from, to, members },
      visible: null,
    });
    return statisticsOf(
      from,
      to,
      answer,
      members.some((member) => member.mentalHealth),
    );
  }

  /** The warnings of a unit's students the caller may list: the rows of `warnings`, narrowed to them. */
  async unitWarnings(unit: UnitStudents, args: WarningsArgs): Promise<Connection<Warning>> {
    const counted = this.counted(unit);
    return new WarningService(this.ctx).listAmong(`${unit.kind}:${unit.id}`, counted, args);
  }

  /**
   * The unit's students whose warnings the caller may list any of (themselves, or in a duty's
   * scope); FORBIDDEN when there are students and the caller sees none of them.
   */
  private counted(unit: UnitStudents): string[] {
    const { access } = this.ctx;
    const counted = unit.studentIds.filter((id) => access.sees(id));
    if (unit.studentIds.length && !counted.length)
      throw forbidden(
        `the warnings of a ${unit.kind}'s students are counted and listed only for students the caller sees, and it sees none of this one's`,
      );
    return counted;
  }
}

/** BAD_USER_INPUT unless from < to and the range spans at most MAX_RANGE_YEARS. */
function checkRange(from: Date, to: Date): void {
  if (!(from.getTime() < to.getTime())) throw badUserInput("to must be after from", "to");
  const latest = new Date(from.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_RANGE_YEARS);
  if (to.getTime() > latest.getTime())
    throw badUserInput(`the range from from to to spans at most ${MAX_RANGE_YEARS} years`, "to");
}

/** Whether a cell's figures are withheld: 1–4 students, one of them outside the caller's care line. */
function suppressed(cell: CellFigures): boolean {
  return cell.students > 0 && cell.students <= SMALL_CELL && cell.outsideCare;
}

function figures(cell: CellFigures): WarningFigures {
  if (suppressed(cell))
    return {
      students: null,
      raised: null,
      handled: null,
      closed: null,
      overdue: null,
      suppressed: true,
    };
  const { students, raised, handled, closed, overdue } = cell;
  return { students, raised, handled, closed, overdue, suppressed: false };
}

function statisticsOf(
  from: Date,
  to: Date,
  answer: StatisticsAnswer,
  mentalHealth: boolean,
): WarningStatistics {
  const categories = Object.values(WarningCategory).filter(
    (category) => category !== WarningCategory.MENTAL_HEALTH || mentalHealth,
  );
  return {
    from,
    to,
    total: figures(answer.total),
    byMonth: answer.months.map(({ month, figures: cell }) => ({ month, figures: figures(cell) })),
    byCategory: categories.map((category) => ({
      category,
      figures: figures(answer.byCategory.get(category) ?? NO_WARNINGS),
    })),
    byLevel: Object.values(WarningLevel).map((level) => {
      const cell = answer.byLevel.get(level) ?? NO_WARNINGS;
      const hidden = suppressed(cell);
      return {
        level,
        figures: figures(cell),
        medianHoursToClose: hidden ? null : cell.medianHours,
        meanHoursToClose: hidden ? null : cell.meanHours,
      };
    }),
  };
}
