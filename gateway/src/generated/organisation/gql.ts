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
    "\n  query ResidentsOf($gridIds: [ID!]!, $buildingIds: [ID!]!, $branchIds: [ID!]!) {\n    residentsOf(gridIds: $gridIds, buildingIds: $buildingIds, branchIds: $branchIds)\n  }\n": typeof types.ResidentsOfDocument,
    "\n  query KnownRoom($id: ID!) {\n    room(id: $id) {\n      id\n    }\n  }\n": typeof types.KnownRoomDocument,
    "\n  query SchoolsAndColleges {\n    schools: orgUnits(kind: SCHOOL) {\n      id\n      name\n    }\n    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n    }\n  }\n": typeof types.SchoolsAndCollegesDocument,
    "\n  query KnownPlace($id: ID!) {\n    grid(id: $id) {\n      id\n    }\n    building(id: $id) {\n      id\n    }\n  }\n": typeof types.KnownPlaceDocument,
    "\n  query RoomPlaces($id: ID!) {\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n  }\n": typeof types.RoomPlacesDocument,
    "\n  query PlaceResident($id: ID!, $gridIds: [ID!]!, $roomIds: [ID!]!) {\n    grid(id: $id) {\n      id\n      closedOn\n      building {\n        id\n      }\n    }\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n    residentsOf(gridIds: $gridIds, buildingIds: [], branchIds: [], roomIds: $roomIds)\n  }\n": typeof types.PlaceResidentDocument,
};
const documents: Documents = {
    "\n  query ResidentsOf($gridIds: [ID!]!, $buildingIds: [ID!]!, $branchIds: [ID!]!) {\n    residentsOf(gridIds: $gridIds, buildingIds: $buildingIds, branchIds: $branchIds)\n  }\n": types.ResidentsOfDocument,
    "\n  query KnownRoom($id: ID!) {\n    room(id: $id) {\n      id\n    }\n  }\n": types.KnownRoomDocument,
    "\n  query SchoolsAndColleges {\n    schools: orgUnits(kind: SCHOOL) {\n      id\n      name\n    }\n    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n    }\n  }\n": types.SchoolsAndCollegesDocument,
    "\n  query KnownPlace($id: ID!) {\n    grid(id: $id) {\n      id\n    }\n    building(id: $id) {\n      id\n    }\n  }\n": types.KnownPlaceDocument,
    "\n  query RoomPlaces($id: ID!) {\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n  }\n": types.RoomPlacesDocument,
    "\n  query PlaceResident($id: ID!, $gridIds: [ID!]!, $roomIds: [ID!]!) {\n    grid(id: $id) {\n      id\n      closedOn\n      building {\n        id\n      }\n    }\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n    residentsOf(gridIds: $gridIds, buildingIds: [], branchIds: [], roomIds: $roomIds)\n  }\n": types.PlaceResidentDocument,
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
export function graphql(source: "\n  query ResidentsOf($gridIds: [ID!]!, $buildingIds: [ID!]!, $branchIds: [ID!]!) {\n    residentsOf(gridIds: $gridIds, buildingIds: $buildingIds, branchIds: $branchIds)\n  }\n"): (typeof documents)["\n  query ResidentsOf($gridIds: [ID!]!, $buildingIds: [ID!]!, $branchIds: [ID!]!) {\n    residentsOf(gridIds: $gridIds, buildingIds: $buildingIds, branchIds: $branchIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnownRoom($id: ID!) {\n    room(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query KnownRoom($id: ID!) {\n    room(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolsAndColleges {\n    schools: orgUnits(kind: SCHOOL) {\n      id\n      name\n    }\n    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SchoolsAndColleges {\n    schools: orgUnits(kind: SCHOOL) {\n      id\n      name\n    }\n    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnownPlace($id: ID!) {\n    grid(id: $id) {\n      id\n    }\n    building(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query KnownPlace($id: ID!) {\n    grid(id: $id) {\n      id\n    }\n    building(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomPlaces($id: ID!) {\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomPlaces($id: ID!) {\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceResident($id: ID!, $gridIds: [ID!]!, $roomIds: [ID!]!) {\n    grid(id: $id) {\n      id\n      closedOn\n      building {\n        id\n      }\n    }\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n    residentsOf(gridIds: $gridIds, buildingIds: [], branchIds: [], roomIds: $roomIds)\n  }\n"): (typeof documents)["\n  query PlaceResident($id: ID!, $gridIds: [ID!]!, $roomIds: [ID!]!) {\n    grid(id: $id) {\n      id\n      closedOn\n      building {\n        id\n      }\n    }\n    room(id: $id) {\n      id\n      building {\n        id\n      }\n      grid {\n        id\n      }\n    }\n    residentsOf(gridIds: $gridIds, buildingIds: [], branchIds: [], roomIds: $roomIds)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;