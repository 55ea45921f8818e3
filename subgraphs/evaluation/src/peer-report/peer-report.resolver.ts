import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { PeerReport } from "./peer-report.entity";
import { PeerReportsArgs, SubmitPeerReportArgs, TriagePeerReportArgs } from "./peer-report.input";
import { PeerReportService } from "./peer-report.service";
import { SubmittedPeerReport } from "./peer-report.type";

export const PeerReportConnection = ConnectionType(PeerReport, "PeerReport");

@Resolver(() => PeerReport)
export class PeerReportResolver {
  @Query(() => PeerReportConnection, {
    description:
      "同学反映 to triage: the reports about students the caller's duty gives them CARE for (MENTAL_HEALTH ones only with MENTAL_HEALTH), newest first. Empty for anyone else.",
  })
  peerReports(
    @Args(() => PeerReportsArgs) args: PeerReportsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new PeerReportService(ctx).list(args);
  }

  @Query(() => PeerReport, {
    nullable: true,
    description:
      "A peer report by id: null when there is none, FORBIDDEN unless the caller may triage it (never the student it is about).",
  })
  peerReport(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<PeerReport | null> {
    return new PeerReportService(ctx).byId(id);
  }

  @Query(() => [SubmittedPeerReport], {
    description:
      "The signed-in student's own peer reports, newest first (at most 50): what they wrote and where it stands.",
  })
  myPeerReports(@Ctx() ctx: RequestContext<Loaders>): Promise<SubmittedPeerReport[]> {
    return new PeerReportService(ctx).mine();
  }

  @Mutation(() => SubmittedPeerReport, {
    description:
      "反映同学情况: a student tells the staff who look after a classmate (named by student number and name, both matching) what worries them, optionally without being named to staff. At most 5 a day (RATE_LIMITED).",
  })
  submitPeerReport(
    @Args(() => SubmitPeerReportArgs) args: SubmitPeerReportArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<SubmittedPeerReport> {
    return new PeerReportService(ctx).submit(args.input);
  }

  @Mutation(() => PeerReport, {
    description:
      "研判: staff with CARE for the student (MENTAL_HEALTH too for a MENTAL_HEALTH report) follow a report up, close it, or open an assistance case from it; a note is required.",
  })
  triagePeerReport(
    @Args(() => TriagePeerReportArgs) args: TriagePeerReportArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<PeerReport> {
    return new PeerReportService(ctx).triage(args.input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student the report is about." })
  person(@Root() report: PeerReport): Person {
    return { id: report.personId };
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who reported; null when they asked to stay anonymous.",
  })
  reporter(@Root() report: PeerReport): Person | null {
    return report.anonymous ? null : { id: report.reporterId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who decided to follow it up." })
  followedUpBy(@Root() report: PeerReport): Person | null {
    return report.followedUpById ? { id: report.followedUpById } : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who closed it." })
  closedBy(@Root() report: PeerReport): Person | null {
    return report.closedById ? { id: report.closedById } : null;
  }

  @FieldResolver(() => AssistanceCase, {
    nullable: true,
    description: "The assistance case opened from it (OPEN_CASE).",
  })
  assistanceCase(
    @Root() report: PeerReport,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<AssistanceCase | null> | null {
    // As the case itself answers: FORBIDDEN on this path for a caller who may not see it.
    return report.caseId ? new AssistanceCaseService(ctx).byId(report.caseId, "caseId") : null;
  }
}
