/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CareScope($personId: ID!) {\n    careScope(personId: $personId) {\n      role\n      studentIds\n    }\n  }\n": typeof types.CareScopeDocument,
    "\n  query OpenRisks {\n    openRisks {\n      studentId\n      warnings\n      warningLevel\n      mentalHealthWarnings\n      mentalHealthLevel\n      cases\n      mentalHealthCases\n    }\n  }\n": typeof types.OpenRisksDocument,
    "\n  mutation RecordGrowthEvents($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": typeof types.RecordGrowthEventsDocument,
    "\n  mutation RecordClassAbsences($input: IngestIndicatorsInput!) {\n    recordClassAbsences: ingestIndicators(input: $input) {\n      batch {\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.RecordClassAbsencesDocument,
    "\n  query CareRecordStudent($kind: String!, $id: ID!) {\n    careRecordStudent(kind: $kind, id: $id)\n  }\n": typeof types.CareRecordStudentDocument,
};
const documents: Documents = {
    "\n  query CareScope($personId: ID!) {\n    careScope(personId: $personId) {\n      role\n      studentIds\n    }\n  }\n": types.CareScopeDocument,
    "\n  query OpenRisks {\n    openRisks {\n      studentId\n      warnings\n      warningLevel\n      mentalHealthWarnings\n      mentalHealthLevel\n      cases\n      mentalHealthCases\n    }\n  }\n": types.OpenRisksDocument,
    "\n  mutation RecordGrowthEvents($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n": types.RecordGrowthEventsDocument,
    "\n  mutation RecordClassAbsences($input: IngestIndicatorsInput!) {\n    recordClassAbsences: ingestIndicators(input: $input) {\n      batch {\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": types.RecordClassAbsencesDocument,
    "\n  query CareRecordStudent($kind: String!, $id: ID!) {\n    careRecordStudent(kind: $kind, id: $id)\n  }\n": types.CareRecordStudentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareScope($personId: ID!) {\n    careScope(personId: $personId) {\n      role\n      studentIds\n    }\n  }\n"): (typeof documents)["\n  query CareScope($personId: ID!) {\n    careScope(personId: $personId) {\n      role\n      studentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRisks {\n    openRisks {\n      studentId\n      warnings\n      warningLevel\n      mentalHealthWarnings\n      mentalHealthLevel\n      cases\n      mentalHealthCases\n    }\n  }\n"): (typeof documents)["\n  query OpenRisks {\n    openRisks {\n      studentId\n      warnings\n      warningLevel\n      mentalHealthWarnings\n      mentalHealthLevel\n      cases\n      mentalHealthCases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordGrowthEvents($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordGrowthEvents($input: RecordGrowthEventsInput!) {\n    recordGrowthEvents(input: $input) {\n      recorded\n      duplicates\n      rows {\n        index\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClassAbsences($input: IngestIndicatorsInput!) {\n    recordClassAbsences: ingestIndicators(input: $input) {\n      batch {\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordClassAbsences($input: IngestIndicatorsInput!) {\n    recordClassAbsences: ingestIndicators(input: $input) {\n      batch {\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareRecordStudent($kind: String!, $id: ID!) {\n    careRecordStudent(kind: $kind, id: $id)\n  }\n"): (typeof documents)["\n  query CareRecordStudent($kind: String!, $id: ID!) {\n    careRecordStudent(kind: $kind, id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;