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
    "query Profile($id: ID!) { person(id: $id) { name grid { name } enrolments { id } } }": typeof types.ProfileDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": typeof types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n": typeof types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n": typeof types.RecordDocument,
    "mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }": typeof types.OpenCaseDocument,
    "mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }": typeof types.AddMemberDocument,
    "query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }": typeof types.WarnedPeopleDocument,
    "fragment Residence on Person { residence { bed movedInOn room { number building { name } } } grid { name } branch { name } }": typeof types.ResidenceFragmentDoc,
    "query MyResidence($id: ID!) { person(id: $id) { ...Residence } }": typeof types.MyResidenceDocument,
    "query NameAndResidence($id: ID!) { person(id: $id) { name ...Residence } }": typeof types.NameAndResidenceDocument,
    "\n  query Places($room: ID!, $grid: ID!) { room(id: $room) { number residents { id residence { bed } } } grid(id: $grid) { name residentCount residents { id } } }\n": typeof types.PlacesDocument,
    "query Residents($room: ID!, $grid: ID!) { room(id: $room) { residents { id } } grid(id: $grid) { residents { id } residentCount } }": typeof types.ResidentsDocument,
    "query Directory($filter: PeopleFilter) { people(first: 50, filter: $filter) { totalCount edges { node { id } } } }": typeof types.DirectoryDocument,
    "query StudentRooms { people(first: 50, filter: { kind: STUDENT }) { totalCount edges { node { id residence { room { number } } } } } }": typeof types.StudentRoomsDocument,
    "query TwoGrids($a: ID!, $b: ID!) { mine: grid(id: $a) { residents { id } } other: grid(id: $b) { residents { id } } }": typeof types.TwoGridsDocument,
    "query StaffCount { people(first: 50, filter: { kind: STAFF }) { totalCount } }": typeof types.StaffCountDocument,
    "query StudentCount { people(first: 50, filter: { kind: STUDENT }) { totalCount } }": typeof types.StudentCountDocument,
    "query BedAndGrid($id: ID!) { person(id: $id) { name residence { bed } grid { name } } }": typeof types.BedAndGridDocument,
    "query GridResidents($id: ID!) { grid(id: $id) { residents { id } } }": typeof types.GridResidentsDocument,
    "query ResponsibleStaff($id: ID!) { person(id: $id) { responsibleStaff { role name } } }": typeof types.ResponsibleStaffDocument,
    "query ReadsBy($filter: AccessRecordFilter) { accessRecords(filter: $filter, first: 100) { edges { node { field purpose subject { id } } } } }": typeof types.ReadsByDocument,
    "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) { residence { bed room { number } movedOutOn } grid { name } }\n    b: person(id: $id) { residence { bed } }\n    grid(id: $grid) { residents { id residence { bed } } }\n    denied: person(id: $denied) { residence { bed } }\n  }\n": typeof types.SameResidenceTwiceDocument,
    "query MyBed($id: ID!) { person(id: $id) { residence { bed } } }": typeof types.MyBedDocument,
    "\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n": typeof types.ClientAccessRecordsDocument,
    "mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }": typeof types.RevokeServiceClientDocument,
    "query Enrolments($id: ID!) { person(id: $id) { name enrolments { status } } }": typeof types.EnrolmentsDocument,
    "mutation Enrol($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { status } }": typeof types.EnrolDocument,
    "query AdminOnly { staffAssignments(first: 1) { edges { node { id } } } }": typeof types.AdminOnlyDocument,
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
    "query Profile($id: ID!) { person(id: $id) { name grid { name } enrolments { id } } }": types.ProfileDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": types.StudentProfileDocument,
    "\n  mutation Ingest($input: IngestIndicatorsInput!) {\n    ingestIndicators(input: $input) { replayed batch { accepted rejected rows { index field message } } }\n  }\n": types.IngestDocument,
    "\n  mutation Record($input: RecordGrowthEventsInput!) { recordGrowthEvents(input: $input) { recorded duplicates rows { index field message } } }\n": types.RecordDocument,
    "mutation OpenCase($input: OpenAssistanceCaseInput!) { openAssistanceCase(input: $input) { id } }": types.OpenCaseDocument,
    "mutation AddMember($input: AddTaskForceMemberInput!) { addTaskForceMember(input: $input) { taskForce { member { id } } } }": types.AddMemberDocument,
    "query WarnedPeople { warnings(first: 50) { edges { node { id person { id name } } } } }": types.WarnedPeopleDocument,
    "fragment Residence on Person { residence { bed movedInOn room { number building { name } } } grid { name } branch { name } }": types.ResidenceFragmentDoc,
    "query MyResidence($id: ID!) { person(id: $id) { ...Residence } }": types.MyResidenceDocument,
    "query NameAndResidence($id: ID!) { person(id: $id) { name ...Residence } }": types.NameAndResidenceDocument,
    "\n  query Places($room: ID!, $grid: ID!) { room(id: $room) { number residents { id residence { bed } } } grid(id: $grid) { name residentCount residents { id } } }\n": types.PlacesDocument,
    "query Residents($room: ID!, $grid: ID!) { room(id: $room) { residents { id } } grid(id: $grid) { residents { id } residentCount } }": types.ResidentsDocument,
    "query Directory($filter: PeopleFilter) { people(first: 50, filter: $filter) { totalCount edges { node { id } } } }": types.DirectoryDocument,
    "query StudentRooms { people(first: 50, filter: { kind: STUDENT }) { totalCount edges { node { id residence { room { number } } } } } }": types.StudentRoomsDocument,
    "query TwoGrids($a: ID!, $b: ID!) { mine: grid(id: $a) { residents { id } } other: grid(id: $b) { residents { id } } }": types.TwoGridsDocument,
    "query StaffCount { people(first: 50, filter: { kind: STAFF }) { totalCount } }": types.StaffCountDocument,
    "query StudentCount { people(first: 50, filter: { kind: STUDENT }) { totalCount } }": types.StudentCountDocument,
    "query BedAndGrid($id: ID!) { person(id: $id) { name residence { bed } grid { name } } }": types.BedAndGridDocument,
    "query GridResidents($id: ID!) { grid(id: $id) { residents { id } } }": types.GridResidentsDocument,
    "query ResponsibleStaff($id: ID!) { person(id: $id) { responsibleStaff { role name } } }": types.ResponsibleStaffDocument,
    "query ReadsBy($filter: AccessRecordFilter) { accessRecords(filter: $filter, first: 100) { edges { node { field purpose subject { id } } } } }": types.ReadsByDocument,
    "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) { residence { bed room { number } movedOutOn } grid { name } }\n    b: person(id: $id) { residence { bed } }\n    grid(id: $grid) { residents { id residence { bed } } }\n    denied: person(id: $denied) { residence { bed } }\n  }\n": types.SameResidenceTwiceDocument,
    "query MyBed($id: ID!) { person(id: $id) { residence { bed } } }": types.MyBedDocument,
    "\n  query ClientAccessRecords($id: ID!) { accessRecords(filter: { subjectId: $id }, first: 50) { edges { node { client field purpose readerName } } } }\n": types.ClientAccessRecordsDocument,
    "mutation RevokeServiceClient($id: ID!) { revokeServiceClient(id: $id) { id revokedAt } }": types.RevokeServiceClientDocument,
    "query Enrolments($id: ID!) { person(id: $id) { name enrolments { status } } }": types.EnrolmentsDocument,
    "mutation Enrol($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { status } }": types.EnrolDocument,
    "query AdminOnly { staffAssignments(first: 1) { edges { node { id } } } }": types.AdminOnlyDocument,
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
export function graphql(source: "query Profile($id: ID!) { person(id: $id) { name grid { name } enrolments { id } } }"): (typeof documents)["query Profile($id: ID!) { person(id: $id) { name grid { name } enrolments { id } } }"];
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
export function graphql(source: "fragment Residence on Person { residence { bed movedInOn room { number building { name } } } grid { name } branch { name } }"): (typeof documents)["fragment Residence on Person { residence { bed movedInOn room { number building { name } } } grid { name } branch { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyResidence($id: ID!) { person(id: $id) { ...Residence } }"): (typeof documents)["query MyResidence($id: ID!) { person(id: $id) { ...Residence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NameAndResidence($id: ID!) { person(id: $id) { name ...Residence } }"): (typeof documents)["query NameAndResidence($id: ID!) { person(id: $id) { name ...Residence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($room: ID!, $grid: ID!) { room(id: $room) { number residents { id residence { bed } } } grid(id: $grid) { name residentCount residents { id } } }\n"): (typeof documents)["\n  query Places($room: ID!, $grid: ID!) { room(id: $room) { number residents { id residence { bed } } } grid(id: $grid) { name residentCount residents { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Residents($room: ID!, $grid: ID!) { room(id: $room) { residents { id } } grid(id: $grid) { residents { id } residentCount } }"): (typeof documents)["query Residents($room: ID!, $grid: ID!) { room(id: $room) { residents { id } } grid(id: $grid) { residents { id } residentCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Directory($filter: PeopleFilter) { people(first: 50, filter: $filter) { totalCount edges { node { id } } } }"): (typeof documents)["query Directory($filter: PeopleFilter) { people(first: 50, filter: $filter) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudentRooms { people(first: 50, filter: { kind: STUDENT }) { totalCount edges { node { id residence { room { number } } } } } }"): (typeof documents)["query StudentRooms { people(first: 50, filter: { kind: STUDENT }) { totalCount edges { node { id residence { room { number } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoGrids($a: ID!, $b: ID!) { mine: grid(id: $a) { residents { id } } other: grid(id: $b) { residents { id } } }"): (typeof documents)["query TwoGrids($a: ID!, $b: ID!) { mine: grid(id: $a) { residents { id } } other: grid(id: $b) { residents { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffCount { people(first: 50, filter: { kind: STAFF }) { totalCount } }"): (typeof documents)["query StaffCount { people(first: 50, filter: { kind: STAFF }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudentCount { people(first: 50, filter: { kind: STUDENT }) { totalCount } }"): (typeof documents)["query StudentCount { people(first: 50, filter: { kind: STUDENT }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BedAndGrid($id: ID!) { person(id: $id) { name residence { bed } grid { name } } }"): (typeof documents)["query BedAndGrid($id: ID!) { person(id: $id) { name residence { bed } grid { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridResidents($id: ID!) { grid(id: $id) { residents { id } } }"): (typeof documents)["query GridResidents($id: ID!) { grid(id: $id) { residents { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponsibleStaff($id: ID!) { person(id: $id) { responsibleStaff { role name } } }"): (typeof documents)["query ResponsibleStaff($id: ID!) { person(id: $id) { responsibleStaff { role name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadsBy($filter: AccessRecordFilter) { accessRecords(filter: $filter, first: 100) { edges { node { field purpose subject { id } } } } }"): (typeof documents)["query ReadsBy($filter: AccessRecordFilter) { accessRecords(filter: $filter, first: 100) { edges { node { field purpose subject { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) { residence { bed room { number } movedOutOn } grid { name } }\n    b: person(id: $id) { residence { bed } }\n    grid(id: $grid) { residents { id residence { bed } } }\n    denied: person(id: $denied) { residence { bed } }\n  }\n"): (typeof documents)["\n  query SameResidenceTwice($id: ID!, $grid: ID!, $denied: ID!) {\n    a: person(id: $id) { residence { bed room { number } movedOutOn } grid { name } }\n    b: person(id: $id) { residence { bed } }\n    grid(id: $grid) { residents { id residence { bed } } }\n    denied: person(id: $denied) { residence { bed } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyBed($id: ID!) { person(id: $id) { residence { bed } } }"): (typeof documents)["query MyBed($id: ID!) { person(id: $id) { residence { bed } } }"];
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
export function graphql(source: "query Enrolments($id: ID!) { person(id: $id) { name enrolments { status } } }"): (typeof documents)["query Enrolments($id: ID!) { person(id: $id) { name enrolments { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Enrol($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { status } }"): (typeof documents)["mutation Enrol($s: ID!, $p: ID!) { enrol(sessionId: $s, personId: $p) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminOnly { staffAssignments(first: 1) { edges { node { id } } } }"): (typeof documents)["query AdminOnly { staffAssignments(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;