import { graphql } from "../generated/people";

// What the gateway asks the people subgraph through its internal fields (`npm run codegen` types them).

export const StaffScope = graphql(`
  query StaffScope($personId: ID!) {
    staffScope(personId: $personId) {
      role
      studentIds
      gridIds
      buildingIds
      branchIds
      unitIds
    }
  }
`);

/** Lent to organisation through the relay: which of these ids name a team (a temporary branch's). */
export const KnownTeams = graphql(`
  query KnownTeams($ids: [ID!]!) {
    knownTeams(ids: $ids)
  }
`);

export const RecordSensitiveReads = graphql(`
  mutation RecordSensitiveReads($input: SensitiveReadBatchInput!) {
    recordSensitiveReads(input: $input)
  }
`);

export const ServiceClientGrant = graphql(`
  query ServiceClientGrant($clientId: ID!, $secret: String) {
    serviceClientGrant(clientId: $clientId, secret: $secret) {
      id
      name
      purposes
      operations {
        name
        sha256
        document
      }
    }
  }
`);

export const PersonFacts = graphql(`
  query PersonFacts($id: ID!) {
    person(id: $id) {
      id
      kind
    }
  }
`);

/** Lent to other subgraphs through the relay: which of these ids name a person. */
export const KnownPeople = graphql(`
  query KnownPeople($ids: [ID!]!) {
    knownPeople(ids: $ids)
  }
`);

/** Lent to organisation through the relay: the students among these 学号, for a residence import. */
export const StudentsByNumber = graphql(`
  query StudentsByNumber($numbers: [String!]!) {
    studentsByNumber(numbers: $numbers) {
      number
      id
      name
    }
  }
`);

export const StudentByNumberAndName = graphql(`
  query StudentByNumberAndName($number: String!, $name: String!) {
    studentByNumberAndName(number: $number, name: $name)
  }
`);

/**
 * Lent to organisation through the relay (one aliased copy per person, see aliasedBatch): a
 * person's political status, for a party-member post, responsibility area or vanguard team.
 */
export const PoliticalStatusOf = graphql(`
  query PoliticalStatusOf($id: ID!) {
    person(id: $id) {
      id
      politicalStatus
    }
  }
`);
