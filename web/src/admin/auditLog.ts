import { graphql } from "../generated";
import type { AccessRecordFilter } from "../generated/graphql";
import type { AccessPurpose } from "../graphql/types";

export const ACCESS_LOG = graphql(`
  query AuditAccessLog($first: Int!, $after: String, $filter: AccessRecordFilter) {
    accessRecords(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          readAt
          readerName
          client
          field
          purpose
          requestId
          reader {
            id
            number
          }
          subject {
            id
            name
            number
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PURPOSES: readonly AccessPurpose[] = [
  "CONTACT",
  "CARE",
  "FINANCIAL",
  "MENTAL_HEALTH",
  "RESIDENCE",
  "PARTY",
];

/** What the auditor asked for: campus dates, both days included. */
export interface AuditQuery {
  readerPersonId?: string;
  subjectId?: string;
  purpose?: AccessPurpose;
  fromDay?: string;
  toDay?: string;
}

const DAY = 86_400_000;
/** Midnight at the start of a campus day (China has one offset all year). */
const campusMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function filterOf(query: AuditQuery): AccessRecordFilter {
  return {
    readerPersonId: query.readerPersonId ?? null,
    subjectId: query.subjectId ?? null,
    purpose: query.purpose ?? null,
    from: query.fromDay ? campusMidnight(query.fromDay).toISOString() : null,
    to: query.toDay ? new Date(campusMidnight(query.toDay).getTime() + DAY).toISOString() : null,
  };
}

/** The most rows one export writes: 50 pages of the API's largest page. */
export const EXPORT_LIMIT = 5000;
