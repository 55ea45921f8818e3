import { graphql } from "../generated/evaluation";

// What the gateway asks the evaluation subgraph through its internal fields (`npm run codegen` types them).

export const CareScope = graphql(`
  query CareScope($personId: ID!) {
    careScope(personId: $personId) {
      role
      studentIds
    }
  }
`);

export const OpenRisks = graphql(`
  query OpenRisks {
    openRisks {
      studentId
      warnings
      warningLevel
      mentalHealthWarnings
      mentalHealthLevel
      cases
      mentalHealthCases
    }
  }
`);

// Lent to curriculum's outbox relay (relay.ts): facts from other subgraphs for the growth record.
export const RecordGrowthEvents = graphql(`
  mutation RecordGrowthEvents($input: RecordGrowthEventsInput!) {
    recordGrowthEvents(input: $input) {
      recorded
      duplicates
      rows {
        index
        field
        message
      }
    }
  }
`);

/** Lent to people through the relay: the student a warning or case is about (a visit's link). */
export const CareRecordStudent = graphql(`
  query CareRecordStudent($kind: String!, $id: ID!) {
    careRecordStudent(kind: $kind, id: $id)
  }
`);
