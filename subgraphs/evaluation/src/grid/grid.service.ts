import { forbidden, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { WarningCategory, WarningLevel, WarningStatus } from "../warning/warning.enums";
import type { Grid } from "./grid.reference";
import type { GridWarningStats } from "./grid-warning-stats.type";

const inScope = (students: "all" | string[]) => {
  if (students === "all") return () => true;
  const set = new Set(students);
  return (id: string) => set.has(id);
};

export class GridStatsService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Counts over the residents the caller covers through a duty (not as themselves: statistics are
   * a staff tool), by the warning row rule: MENTAL_HEALTH warnings only for residents the caller
   * holds MENTAL_HEALTH for. FORBIDDEN when the caller covers none of the residents; an empty grid
   * shows zeros to a caller who covers anyone at all.
   */
  async warningStats(grid: Grid): Promise<GridWarningStats> {
    const { access } = this.ctx;
    const covered = access.students(undefined, { includeSelf: false });
    const covers = inScope(covered);
    const holdsMentalHealth = inScope(access.students("MENTAL_HEALTH", { includeSelf: false }));
    const counted = grid.residentIds.filter(covers);
    if (!counted.length && (grid.residentIds.length || (covered !== "all" && !covered.length))) {
      throw forbidden(
        "grid warning statistics count only residents the caller's duty covers, and it covers none of this grid's",
      );
    }
    const mentalHealth = new Set(counted.filter(holdsMentalHealth));
    const counts = await this.ctx.loaders.gridWarningCounts.load({
      gridId: grid.id,
      counted,
      mentalHealth,
    });
    const categories = Object.values(WarningCategory).filter(
      (c) => c !== WarningCategory.MENTAL_HEALTH || mentalHealth.size > 0,
    );
    return {
      residents: grid.residentIds.length,
      counted: counted.length,
      studentsWithOpenWarnings: counts.studentsWithOpenWarnings,
      open: counts.open,
      overdue: counts.overdue,
      byLevel: Object.values(WarningLevel).map((level) => ({
        level,
        count: counts.byLevel.get(level) ?? 0,
      })),
      byCategory: categories.map((category) => ({
        category,
        count: counts.byCategory.get(category) ?? 0,
      })),
      byStatus: Object.values(WarningStatus)
        .filter((status) => status !== WarningStatus.CLOSED)
        .map((status) => ({ status, count: counts.byStatus.get(status) ?? 0 })),
    };
  }
}
