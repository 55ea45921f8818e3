/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 德 / 智 / 体 / 美 / 劳 */
export type GrowthDomain =
  | 'AESTHETIC'
  | 'INTELLECTUAL'
  | 'LABOUR'
  | 'MORAL'
  | 'PHYSICAL';

/** One fact for a student's growth record. */
export type GrowthEventInput = {
  domain: GrowthDomain;
  /** A short code in capitals, such as COURSE_COMPLETED or VOLUNTEER_HOURS. */
  kind: string;
  /** YYYY-MM-DD, not in the future (campus date). */
  occurredOn: string;
  personId: string | number;
  /** Between -100 and 100; negative for a deduction. */
  points: number;
  /** The sender's own key for this fact; sending it again is counted as a duplicate and changes nothing. */
  sourceKey: string;
  /** At most 200 characters. */
  title: string;
};

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
  /** True: each record is its day's value, replacing what this source recorded for the student, kind and date, and a value of 0 leaves none (a correction takes a count back). For a source that sends a day's running count, such as curriculum's absences relayed by the platform. False (the default): records are added. */
  replaceDay?: boolean;
};

export type RecordGrowthEventsInput = {
  /** At most 1000 rows. */
  events: Array<GrowthEventInput>;
};

/** 黄色 / 橙色 / 红色预警, in rising severity */
export type WarningLevel =
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type CareScopeQueryVariables = Exact<{
  personId: string | number;
}>;


export type CareScopeQuery = { careScope: Array<{ role: string, studentIds: Array<string> }> };

export type OpenRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRisksQuery = { openRisks: Array<{ studentId: string, warnings: number, warningLevel: WarningLevel | null, mentalHealthWarnings: number, mentalHealthLevel: WarningLevel | null, cases: number, mentalHealthCases: number }> };

export type RecordGrowthEventsMutationVariables = Exact<{
  input: RecordGrowthEventsInput;
}>;


export type RecordGrowthEventsMutation = { recordGrowthEvents: { recorded: number, duplicates: number, rows: Array<{ index: number, field: string, message: string }> } };

export type RecordClassAbsencesMutationVariables = Exact<{
  input: IngestIndicatorsInput;
}>;


export type RecordClassAbsencesMutation = { recordClassAbsences: { batch: { rows: Array<{ index: number, field: string, message: string }> } } };

export type CareRecordStudentQueryVariables = Exact<{
  kind: string;
  id: string | number;
}>;


export type CareRecordStudentQuery = { careRecordStudent: string | null };


export const CareScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"studentIds"}}]}}]}}]} as unknown as DocumentNode<CareScopeQuery, CareScopeQueryVariables>;
export const OpenRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentId"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthCases"}}]}}]}}]} as unknown as DocumentNode<OpenRisksQuery, OpenRisksQueryVariables>;
export const RecordGrowthEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGrowthEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordGrowthEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGrowthEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordGrowthEventsMutation, RecordGrowthEventsMutationVariables>;
export const RecordClassAbsencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordClassAbsences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestIndicatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"recordClassAbsences"},"name":{"kind":"Name","value":"ingestIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordClassAbsencesMutation, RecordClassAbsencesMutationVariables>;
export const CareRecordStudentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRecordStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRecordStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CareRecordStudentQuery, CareRecordStudentQueryVariables>;