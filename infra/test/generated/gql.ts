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
    "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) { totalCount edges { node { field purpose client readerName subject { id } } } }\n  }\n": typeof types.AccessRecordsDocument,
    "query PhonesAndSummaries { people(first: 50) { edges { node { id phone warnings { summary } } } } }": typeof types.PhonesAndSummariesDocument,
    "query PhoneTwice($id: ID!) { a: person(id: $id) { phone } b: person(id: $id) { phone } }": typeof types.PhoneTwiceDocument,
    "query Phone($id: ID!) { person(id: $id) { phone } }": typeof types.PhoneDocument,
    "query WhoViewed($id: ID!) { person(id: $id) { accessRecords(first: 20) { edges { node { readerName field purpose readAt } } } } }": typeof types.WhoViewedDocument,
    "query WarningSummaries { warnings(first: 3) { edges { node { id summary } } } }": typeof types.WarningSummariesDocument,
    "query WarningLevels { warnings(first: 3) { edges { node { id level } } } }": typeof types.WarningLevelsDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) { secret client { id name purposes operations { name sha256 } revokedAt } }\n  }\n": typeof types.RegisterServiceClientDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n": typeof types.GridPageDocument,
    "query GridsWithStats { grids(first: 10) { edges { node { name warningStats { residents open } } } } }": typeof types.GridsWithStatsDocument,
    "mutation MoveOut($id: ID!, $on: LocalDate!) { moveOut(residenceId: $id, movedOutOn: $on) { id } }": typeof types.MoveOutDocument,
    "\n  query ProfileAcrossSubgraphs($id: ID!) { person(id: $id) { name residence { room { number } } enrolments { status } warnings { level } } }\n": typeof types.ProfileAcrossSubgraphsDocument,
    "query StudentsWithGrids { people(first: 3, filter: { kind: STUDENT }) { edges { node { name grid { name } } } } }": typeof types.StudentsWithGridsDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": typeof types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n": typeof types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n": typeof types.RecordDocument,
    "mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }": typeof types.OpenCaseDocument,
    "mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }": typeof types.AddMemberDocument,
    "query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }": typeof types.WarnedPeopleDocument,
    "\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n": typeof types.ClientAccessRecordsDocument,
    "mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }": typeof types.RevokeServiceClientDocument,
    "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n": typeof types.StudentsWithEverythingDocument,
};
const documents: Documents = {
    "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) { totalCount edges { node { field purpose client readerName subject { id } } } }\n  }\n": types.AccessRecordsDocument,
    "query PhonesAndSummaries { people(first: 50) { edges { node { id phone warnings { summary } } } } }": types.PhonesAndSummariesDocument,
    "query PhoneTwice($id: ID!) { a: person(id: $id) { phone } b: person(id: $id) { phone } }": types.PhoneTwiceDocument,
    "query Phone($id: ID!) { person(id: $id) { phone } }": types.PhoneDocument,
    "query WhoViewed($id: ID!) { person(id: $id) { accessRecords(first: 20) { edges { node { readerName field purpose readAt } } } } }": types.WhoViewedDocument,
    "query WarningSummaries { warnings(first: 3) { edges { node { id summary } } } }": types.WarningSummariesDocument,
    "query WarningLevels { warnings(first: 3) { edges { node { id level } } } }": types.WarningLevelsDocument,
    "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) { secret client { id name purposes operations { name sha256 } revokedAt } }\n  }\n": types.RegisterServiceClientDocument,
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n": types.GridPageDocument,
    "query GridsWithStats { grids(first: 10) { edges { node { name warningStats { residents open } } } } }": types.GridsWithStatsDocument,
    "mutation MoveOut($id: ID!, $on: LocalDate!) { moveOut(residenceId: $id, movedOutOn: $on) { id } }": types.MoveOutDocument,
    "\n  query ProfileAcrossSubgraphs($id: ID!) { person(id: $id) { name residence { room { number } } enrolments { status } warnings { level } } }\n": types.ProfileAcrossSubgraphsDocument,
    "query StudentsWithGrids { people(first: 3, filter: { kind: STUDENT }) { edges { node { name grid { name } } } } }": types.StudentsWithGridsDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n": types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n": types.RecordDocument,
    "mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }": types.OpenCaseDocument,
    "mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }": types.AddMemberDocument,
    "query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }": types.WarnedPeopleDocument,
    "\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n": types.ClientAccessRecordsDocument,
    "mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }": types.RevokeServiceClientDocument,
    "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n": types.StudentsWithEverythingDocument,
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
export function graphql(source: "\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) { totalCount edges { node { field purpose client readerName subject { id } } } }\n  }\n"): (typeof documents)["\n  query AccessRecords($filter: AccessRecordFilter, $first: Int) {\n    accessRecords(filter: $filter, first: $first) { totalCount edges { node { field purpose client readerName subject { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhonesAndSummaries { people(first: 50) { edges { node { id phone warnings { summary } } } } }"): (typeof documents)["query PhonesAndSummaries { people(first: 50) { edges { node { id phone warnings { summary } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhoneTwice($id: ID!) { a: person(id: $id) { phone } b: person(id: $id) { phone } }"): (typeof documents)["query PhoneTwice($id: ID!) { a: person(id: $id) { phone } b: person(id: $id) { phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Phone($id: ID!) { person(id: $id) { phone } }"): (typeof documents)["query Phone($id: ID!) { person(id: $id) { phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoViewed($id: ID!) { person(id: $id) { accessRecords(first: 20) { edges { node { readerName field purpose readAt } } } } }"): (typeof documents)["query WhoViewed($id: ID!) { person(id: $id) { accessRecords(first: 20) { edges { node { readerName field purpose readAt } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningSummaries { warnings(first: 3) { edges { node { id summary } } } }"): (typeof documents)["query WarningSummaries { warnings(first: 3) { edges { node { id summary } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarningLevels { warnings(first: 3) { edges { node { id level } } } }"): (typeof documents)["query WarningLevels { warnings(first: 3) { edges { node { id level } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) { secret client { id name purposes operations { name sha256 } revokedAt } }\n  }\n"): (typeof documents)["\n  mutation RegisterServiceClient($input: RegisterServiceClientInput!) {\n    registerServiceClient(input: $input) { secret client { id name purposes operations { name sha256 } revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridsWithStats { grids(first: 10) { edges { node { name warningStats { residents open } } } } }"): (typeof documents)["query GridsWithStats { grids(first: 10) { edges { node { name warningStats { residents open } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveOut($id: ID!, $on: LocalDate!) { moveOut(residenceId: $id, movedOutOn: $on) { id } }"): (typeof documents)["mutation MoveOut($id: ID!, $on: LocalDate!) { moveOut(residenceId: $id, movedOutOn: $on) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileAcrossSubgraphs($id: ID!) { person(id: $id) { name residence { room { number } } enrolments { status } warnings { level } } }\n"): (typeof documents)["\n  query ProfileAcrossSubgraphs($id: ID!) { person(id: $id) { name residence { room { number } } enrolments { status } warnings { level } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudentsWithGrids { people(first: 3, filter: { kind: STUDENT }) { edges { node { name grid { name } } } } }"): (typeof documents)["query StudentsWithGrids { people(first: 3, filter: { kind: STUDENT }) { edges { node { name grid { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n"): (typeof documents)["\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n"): (typeof documents)["\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n"): (typeof documents)["\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }"): (typeof documents)["mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }"): (typeof documents)["mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }"): (typeof documents)["query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n"): (typeof documents)["\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }"): (typeof documents)["mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;