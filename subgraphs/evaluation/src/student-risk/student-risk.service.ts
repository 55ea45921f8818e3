import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { StudentRiskRepository } from "./student-risk.repository";
import type { StudentRisk } from "./student-risk.type";

export class StudentRiskService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Every student with something open, campus-wide, in one statement: the caller is the gateway
   * relaying for people, which narrows the rows to the roster's caller and their grants.
   */
  async openRisks(): Promise<StudentRisk[]> {
    const rows = await new StudentRiskRepository(this.ctx.em).openRisks();
    return rows.map((row) => ({
      studentId: row.student_id,
      warnings: row.warnings,
      warningLevel: row.warning_level,
      mentalHealthWarnings: row.mental_health_warnings,
      mentalHealthLevel: row.mental_health_level,
      cases: row.cases,
      mentalHealthCases: row.mental_health_cases,
    }));
  }
}
