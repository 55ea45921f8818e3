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

export type CareRecordStudentQueryVariables = Exact<{
  kind: string;
  id: string | number;
}>;


export type CareRecordStudentQuery = { careRecordStudent: string | null };


export const CareScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"studentIds"}}]}}]}}]} as unknown as DocumentNode<CareScopeQuery, CareScopeQueryVariables>;
export const OpenRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentId"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthCases"}}]}}]}}]} as unknown as DocumentNode<OpenRisksQuery, OpenRisksQueryVariables>;
export const RecordGrowthEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGrowthEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordGrowthEventsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGrowthEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordGrowthEventsMutation, RecordGrowthEventsMutationVariables>;
export const CareRecordStudentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRecordStudent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRecordStudent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CareRecordStudentQuery, CareRecordStudentQueryVariables>;