import { OptimisticLockError, type FilterQuery } from "@mikro-orm/core";
import {
  assertId,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  serviceUnavailable,
  type RequestContext,
} from "@campus/subgraph";
import { anyId, label, paginateOrdered, type Connection } from "@campus/subgraph/data";
import { CaseKind, CaseSource } from "../assistance-case/assistance-case.enums";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import type { Loaders } from "../loaders";
import { actingPerson, refuseSelf } from "../row-scope";
import { WarningCategory } from "../warning/warning.enums";
import { PeerReport } from "./peer-report.entity";
import { PeerReportDecision, PeerReportStatus } from "./peer-report.enums";
import type {
  PeerReportsArgs,
  SubmitPeerReportInput,
  TriagePeerReportInput,
} from "./peer-report.input";
import type { SubmittedPeerReport } from "./peer-report.type";
import { peerReportStep } from "./peer-report.workflow";

/** Reports one student may submit in a day: enough for a real worry, not for a flood. */
export const PEER_REPORTS_PER_DAY = 5;
/** The most of their own reports `myPeerReports` answers, newest first. */
export const MY_PEER_REPORTS_LIMIT = 50;

const { MENTAL_HEALTH } = WarningCategory;
const CASE_KIND: Partial<Record<WarningCategory, CaseKind>> = {
  [WarningCategory.MENTAL_HEALTH]: CaseKind.MENTAL_HEALTH,
  [WarningCategory.ACADEMIC]: CaseKind.ACADEMIC,
  [WarningCategory.FINANCIAL]: CaseKind.ECONOMIC,
};

/** What the author sees of their report: what they wrote and where it stands, not about whom. */
function asSubmitted(r: PeerReport): SubmittedPeerReport {
  const { id, category, concern, anonymous, submittedAt, status } = r;
  return { id, category, concern, anonymous, submittedAt, status };
}

export class PeerReportService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * The row rule: staff whose duty gives them CARE for the classmate (never the classmate, whose
   * own CARE is a right of access, not a duty), MENTAL_HEALTH reports only with MENTAL_HEALTH too.
   */
  canTriage(report: Pick<PeerReport, "personId" | "category">): boolean {
    const { access } = this.ctx;
    const staff = { includeSelf: false };
    if (access.grant(report.personId, ["CARE"], staff) === null) return false;
    return (
      report.category !== MENTAL_HEALTH ||
      access.grant(report.personId, ["MENTAL_HEALTH"], staff) !== null
    );
  }

  private visibleWhere(): FilterQuery<PeerReport> {
    const { access } = this.ctx;
    const staff = { includeSelf: false };
    const care = access.students("CARE", staff);
    const mentalHealth = access.students("MENTAL_HEALTH", staff);
    const me = access.caller.personId;
    const notAboutMe = me ? { personId: { $ne: me } } : {};
    const cared = care === "all" ? {} : { personId: anyId(care) };
    const mental = mentalHealth === "all" ? {} : { personId: anyId(mentalHealth) };
    return {
      $and: [
        notAboutMe,
        cared,
        { $or: [{ category: { $ne: MENTAL_HEALTH } }, { ...mental, category: MENTAL_HEALTH }] },
      ],
    };
  }

  /** The reports the caller may triage, newest first, a page at a time. */
  list(args: PeerReportsArgs): Promise<Connection<PeerReport>> {
    const where: FilterQuery<PeerReport>[] = [this.visibleWhere()];
    if (args.status) where.push({ status: args.status });
    return paginateOrdered(this.ctx.em, PeerReport, { $and: where }, args, "submittedAt", "desc");
  }

  /** A report by id: null when none, FORBIDDEN when the caller may not triage it. */
  async byId(id: string, field = "id"): Promise<PeerReport | null> {
    assertId(id, field);
    const report = await this.ctx.em.findOne(
      PeerReport,
      { id },
      { comments: label("evaluation.peerReport") },
    );
    if (report && !this.canTriage(report))
      throw forbidden("peer reports are seen by the staff who look after the student");
    return report;
  }

  /** The caller's own reports, newest first: what they wrote and where it stands, not about whom. */
  async mine(): Promise<SubmittedPeerReport[]> {
    const me = this.ctx.access.caller.personId;
    if (!me) return [];
    const rows = await this.ctx.em.find(
      PeerReport,
      { reporterId: me },
      {
        orderBy: { submittedAt: "desc", id: "desc" },
        limit: MY_PEER_REPORTS_LIMIT,
        comments: label("evaluation.myPeerReports"),
      },
    );
    return rows.map(asSubmitted);
  }

  /**
   * A student reports a classmate, named by student number and name (asked of people through the
   * graph: both must match, so a number alone finds nobody). At most PEER_REPORTS_PER_DAY a day.
   */
  async submit(input: SubmitPeerReportInput): Promise<SubmittedPeerReport> {
    const { access, em } = this.ctx;
    const reporterId = actingPerson(access, "reporting a classmate");
    if (!access.hasRole("student"))
      throw forbidden("peer reports are for students; staff open a case or a warning themselves");
    const personId = await this.classmate(input.number, input.name);
    if (personId === reporterId)
      throw badUserInput(
        "a peer report is about someone else; ask for help yourself instead",
        "number",
      );
    const since = new Date(Date.now() - 24 * 3_600_000);
    const recent = await em.count(
      PeerReport,
      { reporterId, submittedAt: { $gte: since } },
      { comments: label("evaluation.peerReportsToday") },
    );
    if (recent >= PEER_REPORTS_PER_DAY)
      throw codedError(
        "RATE_LIMITED",
        `at most ${PEER_REPORTS_PER_DAY} reports a day; for anything urgent call your counselor`,
        { retryAfterSeconds: 3600 },
      );
    const report = em.create(PeerReport, {
      personId,
      reporterId,
      anonymous: input.anonymous,
      category: input.category,
      concern: input.concern.trim(),
      submittedAt: new Date(),
    });
    await em.flush();
    return asSubmitted(report);
  }

  private async classmate(number: string, name: string): Promise<string> {
    const { graph, requestId } = this.ctx;
    if (!graph || graph === "unchecked")
      throw serviceUnavailable(
        "reporting a classmate asks the platform who they are (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
      );
    const data = await graph.call<{ studentByNumberAndName: string | null }>(
      "studentByNumberAndName",
      { number: number.trim(), name: name.trim() },
      requestId,
    );
    if (!data.studentByNumberAndName)
      throw badUserInput("no student has both this student number and this name", "number");
    return data.studentByNumberAndName;
  }

  /**
   * Triage (研判) by staff who may see the report: a decision with a note, recorded with who and
   * when. OPEN_CASE opens an assistance case (source PEER_REPORT) in the same transaction. Two
   * decisions at once: one applies, the other gets CONFLICT (version check).
   */
  async triage(input: TriagePeerReportInput): Promise<PeerReport> {
    const action = "triaging a peer report";
    const by = actingPerson(this.ctx.access, action);
    assertId(input.id, "id");
    const note = input.note.trim();
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const report = await tx.findOne(PeerReport, { id: input.id }, { refresh: true });
        if (!report) throw notFound("PeerReport", input.id);
        refuseSelf(this.ctx.access, report.personId, action);
        if (!this.canTriage(report))
          throw forbidden(`${action}: the staff who look after the student triage it`);
        const step = peerReportStep(report.status, input.decision);
        const now = new Date();
        if (input.decision === PeerReportDecision.OPEN_CASE) {
          const opened = await new AssistanceCaseService({ ...this.ctx, em: tx }).open({
            personId: report.personId,
            summary: note,
            source: CaseSource.PEER_REPORT,
            kind: input.caseKind ?? CASE_KIND[report.category] ?? CaseKind.OTHER,
          });
          report.caseId = opened.id;
        }
        report.status = step.to;
        if (step.to === PeerReportStatus.FOLLOWING_UP) {
          report.followedUpAt = now;
          report.followedUpById = by;
          report.followUpNote = note;
        } else {
          report.outcome = step.outcome;
          report.closedAt = now;
          report.closedById = by;
          report.closingNote = note;
        }
        await tx.flush();
        return report;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw codedError(
          "CONFLICT",
          `peer report ${input.id} was triaged by someone else at the same time; reload it and try again`,
          { id: input.id },
        );
      throw error;
    }
  }
}
