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
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": typeof types.CalendarTodayDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": typeof types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": typeof types.EscalationOfWarningDocument,
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.IndicatorIngestDocument,
    "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n": typeof types.JobsIngestIndicatorsDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": typeof types.CareScopeOfDocument,
};
const documents: Documents = {
    "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n": types.CalendarTodayDocument,
    "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n": types.EscalationRunDocument,
    "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n": types.EscalationOfWarningDocument,
    "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n": types.IndicatorIngestDocument,
    "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n": types.JobsIngestIndicatorsDocument,
    "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n": types.CareScopeOfDocument,
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
export function graphql(source: "\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"): (typeof documents)["\n  query CalendarToday {\n    campusCalendar {\n      today\n      currentTerm\n      previousTerm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n"): (typeof documents)["\n  mutation EscalationRun($asOf: DateTimeISO) {\n    escalateOverdueWarnings(asOf: $asOf) {\n      escalated\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query EscalationOfWarning($id: ID!) {\n    warning(id: $id) {\n      status\n      escalationTier\n      dueAt\n      overdue\n      escalations {\n        fromTier\n        toTier\n        stage\n        at\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IndicatorIngest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      replayed\n      batch {\n        id\n        clientKey\n        source\n        accepted\n        rejected\n        rows {\n          index\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsIngestIndicators($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) {\n      batch {\n        accepted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"): (typeof documents)["\n  query CareScopeOf($id: ID!) {\n    careScope(personId: $id) {\n      role\n      studentIds\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;