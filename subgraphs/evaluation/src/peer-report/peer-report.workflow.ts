import { codedError } from "@campus/subgraph";
import { PeerReportDecision, PeerReportOutcome, PeerReportStatus } from "./peer-report.enums";

const { SUBMITTED, FOLLOWING_UP, CLOSED } = PeerReportStatus;

/** Each decision: the states it may start from, where it leads and, when it closes, how. */
export const PEER_REPORT_STEPS: Record<
  PeerReportDecision,
  { from: readonly PeerReportStatus[]; to: PeerReportStatus; outcome: PeerReportOutcome | null }
> = {
  [PeerReportDecision.FOLLOW_UP]: { from: [SUBMITTED], to: FOLLOWING_UP, outcome: null },
  [PeerReportDecision.NO_CONCERN]: {
    from: [SUBMITTED, FOLLOWING_UP],
    to: CLOSED,
    outcome: PeerReportOutcome.NO_CONCERN,
  },
  [PeerReportDecision.RESOLVED]: {
    from: [SUBMITTED, FOLLOWING_UP],
    to: CLOSED,
    outcome: PeerReportOutcome.RESOLVED,
  },
  [PeerReportDecision.OPEN_CASE]: {
    from: [SUBMITTED, FOLLOWING_UP],
    to: CLOSED,
    outcome: PeerReportOutcome.CASE_OPENED,
  },
};

/** The step for `decision` from `status`; BAD_USER_INPUT naming the states it needs otherwise. */
export function peerReportStep(status: PeerReportStatus, decision: PeerReportDecision) {
  const step = PEER_REPORT_STEPS[decision];
  if (!step.from.includes(status))
    throw codedError(
      "BAD_USER_INPUT",
      `this report is ${status}; ${decision} needs one that is ${step.from.join(" or ")}`,
      { field: "decision", status },
    );
  return step;
}
