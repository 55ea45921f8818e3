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
    "\n  query StaffScope($personId: ID!) {\n    staffScope(personId: $personId) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n": typeof types.StaffScopeDocument,
    "\n  query KnownTeams($ids: [ID!]!) {\n    knownTeams(ids: $ids)\n  }\n": typeof types.KnownTeamsDocument,
    "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n": typeof types.RecordSensitiveReadsDocument,
    "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n": typeof types.ServiceClientGrantDocument,
    "\n  query PersonFacts($id: ID!) {\n    person(id: $id) {\n      id\n      kind\n    }\n  }\n": typeof types.PersonFactsDocument,
    "\n  query KnownPeople($ids: [ID!]!) {\n    knownPeople(ids: $ids)\n  }\n": typeof types.KnownPeopleDocument,
    "\n  query StudentsByNumber($numbers: [String!]!) {\n    studentsByNumber(numbers: $numbers) {\n      number\n      id\n      name\n    }\n  }\n": typeof types.StudentsByNumberDocument,
    "\n  query StudentByNumberAndName($number: String!, $name: String!) {\n    studentByNumberAndName(number: $number, name: $name)\n  }\n": typeof types.StudentByNumberAndNameDocument,
    "\n  query PoliticalStatusOf($id: ID!) {\n    person(id: $id) {\n      id\n      politicalStatus\n    }\n  }\n": typeof types.PoliticalStatusOfDocument,
};
const documents: Documents = {
    "\n  query StaffScope($personId: ID!) {\n    staffScope(personId: $personId) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n": types.StaffScopeDocument,
    "\n  query KnownTeams($ids: [ID!]!) {\n    knownTeams(ids: $ids)\n  }\n": types.KnownTeamsDocument,
    "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n": types.RecordSensitiveReadsDocument,
    "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n": types.ServiceClientGrantDocument,
    "\n  query PersonFacts($id: ID!) {\n    person(id: $id) {\n      id\n      kind\n    }\n  }\n": types.PersonFactsDocument,
    "\n  query KnownPeople($ids: [ID!]!) {\n    knownPeople(ids: $ids)\n  }\n": types.KnownPeopleDocument,
    "\n  query StudentsByNumber($numbers: [String!]!) {\n    studentsByNumber(numbers: $numbers) {\n      number\n      id\n      name\n    }\n  }\n": types.StudentsByNumberDocument,
    "\n  query StudentByNumberAndName($number: String!, $name: String!) {\n    studentByNumberAndName(number: $number, name: $name)\n  }\n": types.StudentByNumberAndNameDocument,
    "\n  query PoliticalStatusOf($id: ID!) {\n    person(id: $id) {\n      id\n      politicalStatus\n    }\n  }\n": types.PoliticalStatusOfDocument,
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
export function graphql(source: "\n  query StaffScope($personId: ID!) {\n    staffScope(personId: $personId) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n"): (typeof documents)["\n  query StaffScope($personId: ID!) {\n    staffScope(personId: $personId) {\n      role\n      studentIds\n      gridIds\n      buildingIds\n      branchIds\n      unitIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnownTeams($ids: [ID!]!) {\n    knownTeams(ids: $ids)\n  }\n"): (typeof documents)["\n  query KnownTeams($ids: [ID!]!) {\n    knownTeams(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {\n    recordSensitiveReads(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceClientGrant($clientId: ID!, $secret: String) {\n    serviceClientGrant(clientId: $clientId, secret: $secret) {\n      id\n      name\n      purposes\n      operations {\n        name\n        sha256\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFacts($id: ID!) {\n    person(id: $id) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PersonFacts($id: ID!) {\n    person(id: $id) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnownPeople($ids: [ID!]!) {\n    knownPeople(ids: $ids)\n  }\n"): (typeof documents)["\n  query KnownPeople($ids: [ID!]!) {\n    knownPeople(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsByNumber($numbers: [String!]!) {\n    studentsByNumber(numbers: $numbers) {\n      number\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StudentsByNumber($numbers: [String!]!) {\n    studentsByNumber(numbers: $numbers) {\n      number\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentByNumberAndName($number: String!, $name: String!) {\n    studentByNumberAndName(number: $number, name: $name)\n  }\n"): (typeof documents)["\n  query StudentByNumberAndName($number: String!, $name: String!) {\n    studentByNumberAndName(number: $number, name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliticalStatusOf($id: ID!) {\n    person(id: $id) {\n      id\n      politicalStatus\n    }\n  }\n"): (typeof documents)["\n  query PoliticalStatusOf($id: ID!) {\n    person(id: $id) {\n      id\n      politicalStatus\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;