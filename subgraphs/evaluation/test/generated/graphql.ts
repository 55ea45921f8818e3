/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CalendarTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarTodayQuery = { campusCalendar: { today: string, currentTerm: string, previousTerm: string } };

export type JobsIngestIndicatorsMutationVariables = Exact<{
  input: IngestIndicatorsInput;
}>;


export type JobsIngestIndicatorsMutation = { ingestIndicators: { batch: { accepted: number } } };

export type CareScopeOfQueryVariables = Exact<{
  id: string | number;
}>;


export type CareScopeOfQuery = { careScope: Array<{ role: string, studentIds: Array<string> }> };


export const CalendarTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campusCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"}},{"kind":"Field","name":{"kind":"Name","value":"previousTerm"}}]}}]}}]} as unknown as DocumentNode<CalendarTodayQuery, CalendarTodayQueryVariables>;
export const JobsIngestIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobsIngestIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestIndicatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]} as unknown as DocumentNode<JobsIngestIndicatorsMutation, JobsIngestIndicatorsMutationVariables>;
export const CareScopeOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareScopeOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"studentIds"}}]}}]}}]} as unknown as DocumentNode<CareScopeOfQuery, CareScopeOfQueryVariables>;