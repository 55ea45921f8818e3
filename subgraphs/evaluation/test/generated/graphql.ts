/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 辅导员 / 学院(书院) / 学校 */
export type EscalationTier =
  | 'COLLEGE'
  | 'COUNSELOR'
  | 'UNIVERSITY';

/** What an indicator record measures; each value is in the unit given here, within the range given. */
export type IndicatorKind =
  /** 校园卡消费: campus-card spending in the month ending on the date (yuan, 0–100000). */
  | 'CARD_SPENDING'
  /** 缺课次数: class sessions missed on the date (a whole number, 0–50). */
  | 'CLASS_ABSENCES'
  /** 心理咨询转介: referrals to the counselling centre on the date (a whole number, 0–10). */
  | 'COUNSELLING_REFERRALS'
  /** 无门禁记录天数: consecutive days without any dormitory access, up to the date (a whole number of days, 0–366). */
  | 'DAYS_WITHOUT_DORM_ACCESS'
  /** 不及格学分: credits failed in courses graded on the date (credits, 0–60). */
  | 'FAILED_CREDITS'
  /** 学期绩点: grade point average of the term ending on the date (4-point scale, 0–4). */
  | 'GPA'
  /** 晚归次数: returns to the dormitory after closing time on the date (a whole number, 0–10). */
  | 'LATE_RETURNS';

/** One observation about a student. */
export type IndicatorRecordInput = {
  kind: IndicatorKind;
  /** The date observed, YYYY-MM-DD (campus date); not in the future. */
  observedOn: string;
  personId: string | number;
  /** In the unit of the kind; see IndicatorKind for the range each kind allows. */
  value: number;
};

export type IngestIndicatorsInput = {
  /** The client's key for this batch; resending it returns the stored report and writes nothing; not blank, at most 128 characters. */
  clientKey: string;
  /** 1 to 5000 records. */
  records: Array<IndicatorRecordInput>;
};

/** 开 / 已分派 / 已研判 / 干预中 / 追踪中 / 已关闭 */
export type WarningStatus =
  | 'ASSESSED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'INTERVENING'
  | 'OPEN'
  | 'TRACKING';

export type CalendarTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarTodayQuery = { campusCalendar: { today: string, currentTerm: string, previousTerm: string } };

export type EscalationRunMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type EscalationRunMutation = { escalateOverdueWarnings: { escalated: number, asOf: string } };

export type EscalationOfWarningQueryVariables = Exact<{
  id: string | number;
}>;


export type EscalationOfWarningQuery = { warning: { status: WarningStatus, escalationTier: EscalationTier, dueAt: string | null, overdue: boolean, escalations: Array<{ fromTier: EscalationTier, toTier: EscalationTier, stage: WarningStatus, at: string, dueAt: string }> } | null };

export type IndicatorIngestMutationVariables = Exact<{
  input: IngestIndicatorsInput;
}>;


export type IndicatorIngestMutation = { ingestIndicators: { replayed: boolean, batch: { id: string, clientKey: string, source: string, accepted: number, rejected: number, rows: Array<{ index: number, field: string, message: string }> } } };

export type JobsIngestIndicatorsMutationVariables = Exact<{
  input: IngestIndicatorsInput;
}>;


export type JobsIngestIndicatorsMutation = { ingestIndicators: { batch: { accepted: number } } };

export type CareScopeOfQueryVariables = Exact<{
  id: string | number;
}>;


export type CareScopeOfQuery = { careScope: Array<{ role: string, studentIds: Array<string> }> };


export const CalendarTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campusCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"}},{"kind":"Field","name":{"kind":"Name","value":"previousTerm"}}]}}]}}]} as unknown as DocumentNode<CalendarTodayQuery, CalendarTodayQueryVariables>;
export const EscalationRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalationRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateOverdueWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<EscalationRunMutation, EscalationRunMutationVariables>;
export const EscalationOfWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationOfWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTier"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTier"}},{"kind":"Field","name":{"kind":"Name","value":"toTier"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationOfWarningQuery, EscalationOfWarningQueryVariables>;
export const IndicatorIngestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndicatorIngest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestIndicatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientKey"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorIngestMutation, IndicatorIngestMutationVariables>;
export const JobsIngestIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsIngestIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestIndicatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]} as unknown as DocumentNode<JobsIngestIndicatorsMutation, JobsIngestIndicatorsMutationVariables>;
export const CareScopeOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareScopeOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"studentIds"}}]}}]}}]} as unknown as DocumentNode<CareScopeOfQuery, CareScopeOfQueryVariables>;