import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../generated";

/**
 * The case page's parts, one fragment each (as the profile's sections), so each panel can tell
 * which errors of the answer are its own. Mutations select the fragments of what they change, and
 * Apollo's cache (AssistanceCase:<id>, CaseMeasure:<id>) updates the page from their answers.
 */
export const CaseHeader_case = graphql(`
  fragment CaseHeader_case on AssistanceCase {
    id
    summary
    status
    source
    kind
    outcome
    reviewNote
    openedAt
    closedAt
    person {
      id
      name
      number
    }
    warning {
      id
    }
  }
`);

export const CaseGrading_case = graphql(`
  fragment CaseGrading_case on AssistanceCase {
    id
    grading {
      score
      conditions
      recommendedGrade
      recommendedAt
      recommendedBy {
        id
        name
      }
      confirmedGrade
      confirmedAt
      confirmedBy {
        id
        name
      }
      note
    }
  }
`);

export const CaseTaskForce_case = graphql(`
  fragment CaseTaskForce_case on AssistanceCase {
    id
    taskForce {
      id
      duty
      lead
      member {
        id
        name
      }
    }
    taskForceChanges {
      change
      at
      member {
        id
        name
      }
      by {
        id
        name
      }
    }
  }
`);

export const CaseMeasure_measure = graphql(`
  fragment CaseMeasure_measure on CaseMeasure {
    id
    description
    duty
    dueOn
    status
    overdue
    completedAt
    responsible {
      id
      name
    }
  }
`);

export const CasePlan_case = graphql(`
  fragment CasePlan_case on AssistanceCase {
    id
    plan {
      id
      ...CaseMeasure_measure
    }
  }
`);

export const CaseHistory_case = graphql(`
  fragment CaseHistory_case on AssistanceCase {
    id
    transitions {
      from
      to
      at
      note
      by {
        id
        name
      }
    }
  }
`);

/** Everything the case page shows; mutations on a case answer with this. */
export const CasePage_case = graphql(`
  fragment CasePage_case on AssistanceCase {
    id
    ...CaseHeader_case
    ...CaseGrading_case
    ...CaseTaskForce_case
    ...CasePlan_case
    ...CaseHistory_case
  }
`);

/**
 * `grading` is null until a grade is recommended; its score, conditions, grades and note are
 * FINANCIAL: null, with FORBIDDEN on the path, without it. (The header's `summary` is CARE.)
 */
export type CaseGradingCase = ResultOf<typeof CaseGrading_case>;
export type CaseTaskForceCase = ResultOf<typeof CaseTaskForce_case>;
export type TaskForceMemberRow = CaseTaskForceCase["taskForce"][number];
/** Oldest first. */
export type TaskForceChangeRow = CaseTaskForceCase["taskForceChanges"][number];
export type CaseMeasureRow = ResultOf<typeof CaseMeasure_measure>;
export type CasePlanCase = ResultOf<typeof CasePlan_case>;
export type CaseHistoryCase = ResultOf<typeof CaseHistory_case>;
export type CasePageCase = ResultOf<typeof CasePage_case>;
