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

// Lent to the outbox relays of curriculum and people (relay.ts): facts for the growth record.
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

// Lent to curriculum's outbox relay (relay.ts): a student's absences per day, the day's value
// replacing the one before (evaluation's CLASS_ABSENCES indicator).
export const RecordClassAbsences = graphql(`
  mutation RecordClassAbsences($input: IngestIndicatorsInput!) {
    recordClassAbsences: ingestIndicators(input: $input) {
      batch {
        rows {
          index
          field
          message
        }
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
