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
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n": typeof types.GridPageDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": typeof types.StudentProfileDocument,
    "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n": typeof types.StudentsWithEverythingDocument,
};
const documents: Documents = {
    "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n": types.GridPageDocument,
    "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n": types.StudentProfileDocument,
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
export function graphql(source: "\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPage($id: ID!) {\n    grid(id: $id) {\n      name\n      residentCount\n      warningStats {\n        residents counted studentsWithOpenWarnings open overdue\n        byLevel { level count }\n        byCategory { category count }\n        byStatus { status count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n"): (typeof documents)["\n  query StudentProfile($id: ID!) {\n    person(id: $id) {\n      id name number\n      college { name }\n      residence { bed room { number building { name } } }\n      grid { name branch { name } }\n      enrolments { status session { course { title } } }\n      warnings { category level status summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsWithEverything($n: Int!) {\n    people(first: $n, filter: { kind: STUDENT }) {\n      edges {\n        node {\n          id name\n          school { name } college { name }\n          residence { bed room { number building { name } } }\n          grid { name branch { name } }\n          branch { name }\n          enrolments { status session { startsAt course { title } } }\n          warnings { level status }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;