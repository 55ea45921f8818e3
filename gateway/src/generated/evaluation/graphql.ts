/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export const CareScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"studentIds"}}]}}]}}]} as unknown as DocumentNode<CareScopeQuery, CareScopeQueryVariables>;
export const OpenRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studentId"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthLevel"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"mentalHealthCases"}}]}}]}}]} as unknown as DocumentNode<OpenRisksQuery, OpenRisksQueryVariables>;