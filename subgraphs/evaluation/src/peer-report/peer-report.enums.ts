import { graphqlEnum } from "@campus/subgraph/data";

/** Where a peer report stands; the legal moves are in peer-report.workflow.ts. */
export enum PeerReportStatus {
  SUBMITTED = "SUBMITTED",
  FOLLOWING_UP = "FOLLOWING_UP",
  CLOSED = "CLOSED",
}
graphqlEnum(PeerReportStatus, "PeerReportStatus", {
  description: "待研判 / 跟进中 / 已办结",
});

/** How a peer report ended. */
export enum PeerReportOutcome {
  NO_CONCERN = "NO_CONCERN",
  RESOLVED = "RESOLVED",
  CASE_OPENED = "CASE_OPENED",
}
graphqlEnum(PeerReportOutcome, "PeerReportOutcome", {
  description: "经核实无需处理 / 已妥善处理 / 已转帮扶个案",
});

/** What the member of staff triaging a report decides. */
export enum PeerReportDecision {
  FOLLOW_UP = "FOLLOW_UP",
  NO_CONCERN = "NO_CONCERN",
  RESOLVED = "RESOLVED",
  OPEN_CASE = "OPEN_CASE",
}
graphqlEnum(PeerReportDecision, "PeerReportDecision", {
  description: "What triage decides about a peer report.",
  values: {
    FOLLOW_UP: "跟进: someone will talk to the student; the report stays open (from SUBMITTED).",
    NO_CONCERN: "无需处理: looked into, nothing to act on; closes the report.",
    RESOLVED: "已处理: handled (a talk, a referral); closes the report.",
    OPEN_CASE:
      "转帮扶个案: opens an assistance case from the report (source PEER_REPORT) and closes it.",
  },
});
