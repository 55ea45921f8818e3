import type { EntityManager } from "@mikro-orm/postgresql";
import { selectRows, tableName } from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseStatus, CaseKind } from "../assistance-case/assistance-case.enums";
import { Warning } from "../warning/warning.entity";
import { WarningCategory, WarningLevel, WarningStatus } from "../warning/warning.enums";

export interface StudentRiskRow {
  student_id: string;
  warnings: number;
  warning_level: WarningLevel | null;
  mental_health_warnings: number;
  mental_health_level: WarningLevel | null;
  cases: number;
  mental_health_cases: number;
}

/**
 * Open warnings and cases per student read across two tables, so a repository of its own: one
 * statement for the whole campus. Levels compare by the enum's declared order (YELLOW < ORANGE <
 * RED), which PostgreSQL's max() follows for a native enum.
 */
export class StudentRiskRepository {
  constructor(private readonly em: EntityManager) {}

  openRisks(): Promise<StudentRiskRow[]> {
    const em = this.em;
    return selectRows<StudentRiskRow>(
      em,
      "evaluation.openRisks",
      `select student_id,
              sum(warnings)::int as warnings,
              max(warning_level) as warning_level,
              sum(mental_health_warnings)::int as mental_health_warnings,
              max(mental_health_level) as mental_health_level,
              sum(cases)::int as cases,
              sum(mental_health_cases)::int as mental_health_cases
         from (
           select w.person_id as student_id,
                  count(*) filter (where w.category <> ?) as warnings,
                  max(w.level) filter (where w.category <> ?) as warning_level,
                  count(*) filter (where w.category = ?) as mental_health_warnings,
                  max(w.level) filter (where w.category = ?) as mental_health_level,
                  0 as cases, 0 as mental_health_cases
             from ?? as w where w.status <> ? group by w.person_id
           union all
           select c.person_id, 0, null, 0, null,
                  count(*) filter (where c.kind <> ?),
                  count(*) filter (where c.kind = ?)
             from ?? as c where c.status <> ? group by c.person_id
         ) as open
        group by student_id
        order by student_id`,
      [
        WarningCategory.MENTAL_HEALTH,
        WarningCategory.MENTAL_HEALTH,
        WarningCategory.MENTAL_HEALTH,
        WarningCategory.MENTAL_HEALTH,
        tableName(em, Warning),
        WarningStatus.CLOSED,
        CaseKind.MENTAL_HEALTH,
        CaseKind.MENTAL_HEALTH,
        tableName(em, AssistanceCase),
        AssistanceCaseStatus.CLOSED,
      ],
    );
  }
}
