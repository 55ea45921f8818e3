import {
  badUserInput,
  codedError,
  forbidden,
  cleanText,
  type RequestContext,
} from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { AssistanceCase } from "./assistance-case.entity";
import { AssistanceCaseStatus } from "./assistance-case.enums";
import type { ConfirmGradeInput, RecommendGradeInput } from "./assistance-case.input";
import { AssistanceCaseService } from "./assistance-case.service";
import { isConditionCode, recommend, GRADING_CONDITIONS } from "./grading";

const { DISCOVERED, GRADED } = AssistanceCaseStatus;

/** 定级: a difficulty grade recommended from weighted conditions and confirmed by a second person. */
export class CaseGradingService {
  private readonly cases: AssistanceCaseService;

  constructor(ctx: RequestContext<Loaders>) {
    this.cases = new AssistanceCaseService(ctx);
  }

  recommendGrade(input: RecommendGradeInput): Promise<AssistanceCase> {
    return this.cases.withCase(
      input.caseId,
      "recommending a difficulty grade",
      async (tx, c, by) => {
        if (c.status !== DISCOVERED)
          throw codedError(
            "BAD_USER_INPUT",
            `this case is ${c.status}; a grade is recommended while it is DISCOVERED`,
            { field: "caseId", status: c.status },
          );
        const unknown = input.conditions.filter((code) => !isConditionCode(code));
        if (unknown.length)
          throw codedError("BAD_USER_INPUT", `unknown condition codes: ${unknown.join(", ")}`, {
            field: "conditions",
            unknown,
          });
        const met = new Set(input.conditions);
        const conditions = GRADING_CONDITIONS.map((k) => k.code).filter((code) => met.has(code));
        const { score, grade } = recommend(conditions);
        Object.assign(c, {
          gradingScore: score,
          gradingConditions: conditions,
          recommendedGrade: grade,
          recommendedById: by,
          recommendedAt: new Date(),
          gradingNote: cleanText(input.note),
        });
        await tx.flush();
        return c;
      },
      { purposes: ["CARE", "FINANCIAL"] },
    );
  }

  /** Four-eyes: the confirming person is not the recommender. A different grade needs a note. Moves the case to GRADED. */
  confirmGrade(input: ConfirmGradeInput): Promise<AssistanceCase> {
    return this.cases.withCase(
      input.caseId,
      "confirming a difficulty grade",
      async (tx, c, by) => {
        if (c.status !== DISCOVERED)
          throw codedError(
            "BAD_USER_INPUT",
            `this case is ${c.status}; a grade is confirmed while it is DISCOVERED`,
            { field: "caseId", status: c.status },
          );
        if (c.recommendedGrade === null)
          throw badUserInput("no grade has been recommended yet (recommendGrade)", "caseId");
        if (c.recommendedById === by)
          throw forbidden(
            "confirming a difficulty grade: the person who recommended it may not confirm it (four-eyes)",
          );
        const note = cleanText(input.note);
        if (input.grade !== c.recommendedGrade && !note)
          throw badUserInput(
            `confirming ${input.grade} instead of the recommended ${c.recommendedGrade} needs a note saying why`,
            "note",
          );
        Object.assign(c, {
          confirmedGrade: input.grade,
          confirmedById: by,
          confirmedAt: new Date(),
          gradingNote: note ?? c.gradingNote,
        });
        await this.cases.move(tx, c, GRADED, by, note);
        return c;
      },
      { purposes: ["CARE", "FINANCIAL"] },
    );
  }
}
