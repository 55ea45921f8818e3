import { today, type RequestContext } from "@campus/subgraph";
import { label, selectRows } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { PartyDevelopment } from "./party-development.entity";
import { PartySponsorRole, PartyStage } from "./party-development.enums";
import {
  addDays,
  addMonths,
  ACTIVIST_YEARS,
  DUE_WITHIN_DAYS,
  REPORTING_STAGES,
} from "./party-development.rules";
import { PartyDevelopmentService } from "./party-development.service";
import { PartySponsor } from "./party-sponsor.entity";
import type { PartyPipelineBoard } from "./party-board.type";

/** Rows per list of the board, and of a contact's worklist. */
export const BOARD_LIST_SIZE = 100;
export const WORKLIST_SIZE = 200;

/** What the branch's secretary and a contact look at: the board and the worklist. */
export class PartyBoardService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async board(branchId: string): Promise<PartyPipelineBoard> {
    const em = this.ctx.em;
    await new PartyDevelopmentService(this.ctx).assertBranchOfficer(
      em,
      branchId,
      "see the branch's party development",
    );
    const day = today();
    const soon = addDays(day, DUE_WITHIN_DAYS);
    const counted = await selectRows<{ stage: PartyStage; count: number }>(
      em,
      "people.partyBoardStages",
      `select "stage", count(*)::int as "count" from "people"."party_development" where "branch_id" = ? group by "stage"`,
      [branchId],
    );
    const [overdue, ending, reaching] = await Promise.all([
      em.find(
        PartyDevelopment,
        { branchId, stage: { $in: [...REPORTING_STAGES] }, thoughtReportDueOn: { $lt: day } },
        {
          orderBy: { thoughtReportDueOn: "asc", id: "asc" },
          limit: BOARD_LIST_SIZE,
          comments: label("people.partyBoardOverdue"),
        },
      ),
      em.find(
        PartyDevelopment,
        { branchId, stage: PartyStage.PROBATIONARY_MEMBER, probationEndsOn: { $lte: soon } },
        {
          orderBy: { probationEndsOn: "asc", id: "asc" },
          limit: BOARD_LIST_SIZE,
          comments: label("people.partyBoardProbations"),
        },
      ),
      em.find(
        PartyDevelopment,
        {
          branchId,
          stage: PartyStage.ACTIVIST,
          activistSince: { $lte: addMonths(soon, -12 * ACTIVIST_YEARS) },
        },
        {
          orderBy: { activistSince: "asc", id: "asc" },
          limit: BOARD_LIST_SIZE,
          comments: label("people.partyBoardActivists"),
        },
      ),
    ]);
    // Each student named on the board is a disclosure of their party record, audited as one.
    for (const development of [...overdue, ...ending, ...reaching])
      this.ctx.audit.record({
        subjectId: development.personId,
        field: "Query.partyPipelineBoard",
        purpose: "PARTY",
      });
    return {
      branch: { id: branchId },
      stages: Object.values(PartyStage).map((stage) => ({
        stage,
        count: counted.find((row) => row.stage === stage)?.count ?? 0,
      })),
      overdueThoughtReports: overdue,
      probationsEnding: ending,
      activistsReachingYear: reaching,
    };
  }

  /** The applicants and activists the caller cultivates (培养联系人), longest-standing first. */
  async worklist(): Promise<PartyDevelopment[]> {
    const me = this.ctx.caller.personId;
    if (!me) return [];
    const rows = await this.ctx.em.find(
      PartySponsor,
      {
        personId: me,
        role: PartySponsorRole.CULTIVATION_CONTACT,
        development: { stage: { $in: [PartyStage.APPLICANT, PartyStage.ACTIVIST] } },
      },
      {
        populate: ["development"],
        orderBy: { development: { appliedOn: "asc", id: "asc" } },
        limit: WORKLIST_SIZE,
        comments: label("people.partyWorklist"),
      },
    );
    for (const row of rows)
      this.ctx.audit.record({
        subjectId: row.development.personId,
        field: "Query.myCultivatedActivists",
        purpose: "PARTY",
      });
    return rows.map((row) => row.development);
  }
}
