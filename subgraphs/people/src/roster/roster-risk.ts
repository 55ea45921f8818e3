import type { Access } from "@campus/access";
import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

/** A student's open warnings and cases as evaluation counts them (its `openRisks`, through the relay). */
export interface StudentRisk {
  studentId: string;
  warnings: number;
  warningLevel: WarningLevel | null;
  mentalHealthWarnings: number;
  mentalHealthLevel: WarningLevel | null;
  cases: number;
  mentalHealthCases: number;
}
type WarningLevel = "YELLOW" | "ORANGE" | "RED";
const LEVEL_RANK: Record<WarningLevel, number> = { YELLOW: 1, ORANGE: 2, RED: 3 };

/** What of a student's risk the caller may see: the same rows their profile's warnings and cases show. */
export interface VisibleRisk {
  /** 0 none, 1 YELLOW, 2 ORANGE, 3 RED: the highest open warning the caller may see. */
  level: number;
  warnings: number;
  cases: number;
}

/**
 * Narrows evaluation's counts to the caller, by evaluation's own row rules: warnings and cases
 * of a student they have a relationship with, MENTAL_HEALTH ones only with MENTAL_HEALTH for that
 * student. Students left with nothing visible are left out, so a filter or an order by risk never
 * tells a caller more than opening each profile would.
 */
export function visibleRisks(
  access: Access,
  rows: readonly StudentRisk[],
): Map<string, VisibleRisk> {
  const visible = new Map<string, VisibleRisk>();
  for (const row of rows) {
    if (!access.sees(row.studentId)) continue;
    const mentalHealth = access.grant(row.studentId, ["MENTAL_HEALTH"]) !== null;
    const levels = [row.warningLevel, mentalHealth ? row.mentalHealthLevel : null];
    const risk: VisibleRisk = {
      level: Math.max(0, ...levels.map((level) => (level ? LEVEL_RANK[level] : 0))),
      warnings: row.warnings + (mentalHealth ? row.mentalHealthWarnings : 0),
      cases: row.cases + (mentalHealth ? row.mentalHealthCases : 0),
    };
    if (risk.warnings + risk.cases > 0) visible.set(row.studentId, risk);
  }
  return visible;
}

/** Most at risk first: the highest visible warning level, then the number of open warnings and cases. */
export function byRisk(risks: Map<string, VisibleRisk>): (a: string, b: string) => number {
  return (a, b) => {
    const x = risks.get(a);
    const y = risks.get(b);
    if (!x || !y) return (x ? -1 : 0) + (y ? 1 : 0);
    return y.level - x.level || y.warnings + y.cases - (x.warnings + x.cases);
  };
}

/**
 * Evaluation's open risks, asked through the gateway's relay in one call. SERVICE_UNAVAILABLE
 * (retryable) when the graph cannot be asked; none in a test that runs people alone ("unchecked").
 */
export async function openRisks(
  ctx: Pick<RequestContext, "graph" | "requestId">,
): Promise<StudentRisk[]> {
  if (ctx.graph === "unchecked") return [];
  if (!ctx.graph)
    throw serviceUnavailable(
      "the roster's risk filter needs the platform (GRAPH_CLIENT_PRIVATE_KEY), which this service cannot ask",
    );
  const data = await ctx.graph.call<{ openRisks: StudentRisk[] }>("openRisks", {}, ctx.requestId);
  return data.openRisks;
}
