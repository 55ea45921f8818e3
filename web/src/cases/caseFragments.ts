import { gql } from "@apollo/client";
import type {
  AssistanceCaseStatus,
  CaseKind,
  CaseOutcome,
  CaseSource,
  DateTimeISO,
  DifficultyGrade,
  LocalDate,
  MeasureStatus,
  TaskForceChangeKind,
} from "../graphql/types";

/**
 * The case page's parts, one fragment each (as the profile's sections), so each panel can tell
 * which errors of the answer are its own. Mutations select the fragments of what they change, and
 * Apollo's cache (AssistanceCase:<id>, CaseMeasure:<id>) updates the page from their answers.
 */
export const CaseHeader_case = gql`
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
`;

export const CaseGrading_case = gql`
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
`;

export const CaseTaskForce_case = gql`
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
`;

export const CaseMeasure_measure = gql`
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
`;

export const CasePlan_case = gql`
  fragment CasePlan_case on AssistanceCase {
    id
    plan {
      id
      ...CaseMeasure_measure
    }
  }
  ${CaseMeasure_measure}
`;

export const CaseHistory_case = gql`
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
`;

/** Everything the case page shows; mutations on a case answer with this. */
export const CasePage_case = gql`
  fragment CasePage_case on AssistanceCase {
    id
    ...CaseHeader_case
    ...CaseGrading_case
    ...CaseTaskForce_case
    ...CasePlan_case
    ...CaseHistory_case
  }
  ${CaseHeader_case}
  ${CaseGrading_case}
  ${CaseTaskForce_case}
  ${CasePlan_case}
  ${CaseHistory_case}
`;

export interface PersonRef {
  id: string;
  name: string;
}

export interface CaseHeaderCase {
  id: string;
  /** Sensitive (CARE): null, with FORBIDDEN on its path, without that duty. */
  summary: string | null;
  status: AssistanceCaseStatus;
  source: CaseSource;
  kind: CaseKind;
  outcome: CaseOutcome | null;
  reviewNote: string | null;
  openedAt: DateTimeISO;
  closedAt: DateTimeISO | null;
  person: { id: string; name: string; number: string } | null;
  warning: { id: string } | null;
}

export interface CaseGrading {
  /** score, conditions, grades and note are FINANCIAL: null, with FORBIDDEN on the path, without it. */
  score: number | null;
  conditions: string[] | null;
  recommendedGrade: DifficultyGrade | null;
  recommendedAt: DateTimeISO;
  recommendedBy: PersonRef | null;
  confirmedGrade: DifficultyGrade | null;
  confirmedAt: DateTimeISO | null;
  confirmedBy: PersonRef | null;
  note: string | null;
}

export interface CaseGradingCase {
  id: string;
  /** Null until a grade is recommended. */
  grading: CaseGrading | null;
}

export interface TaskForceMemberRow {
  id: string;
  duty: string;
  lead: boolean;
  member: PersonRef | null;
}

export interface TaskForceChangeRow {
  change: TaskForceChangeKind;
  at: DateTimeISO;
  member: PersonRef | null;
  by: PersonRef | null;
}

export interface CaseTaskForceCase {
  id: string;
  taskForce: TaskForceMemberRow[];
  /** Oldest first. */
  taskForceChanges: TaskForceChangeRow[];
}

export interface CaseMeasureRow {
  id: string;
  description: string;
  duty: string;
  dueOn: LocalDate;
  status: MeasureStatus;
  overdue: boolean;
  completedAt: DateTimeISO | null;
  responsible: PersonRef | null;
}

export interface CasePlanCase {
  id: string;
  plan: CaseMeasureRow[];
}

export interface CaseTransitionRow {
  from: AssistanceCaseStatus;
  to: AssistanceCaseStatus;
  at: DateTimeISO;
  note: string | null;
  by: PersonRef | null;
}

export interface CaseHistoryCase {
  id: string;
  transitions: CaseTransitionRow[];
}

export type CasePageCase = CaseHeaderCase &
  CaseGradingCase &
  CaseTaskForceCase &
  CasePlanCase &
  CaseHistoryCase;
