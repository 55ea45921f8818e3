import type { EntityManager } from "@mikro-orm/postgresql";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { SecretaryMeeting, SecretaryMeetingAttendee } from "./secretary-meeting.entity";
import {
  WorkItem,
  WorkItemEscalation,
  WorkItemFollowUp,
  WorkItemTransition,
} from "./work-item.entity";

const OLDEST_FIRST = { orderBy: { createdAt: "asc", id: "asc" } } as const;
const BY_DEADLINE = { orderBy: { dueOn: "asc", id: "asc" } } as const;

/** The three lists and the meetings: one statement per kind of row per tick, however many parents. */
export function governanceLoaders(em: EntityManager) {
  return {
    workItem: entityLoader(em, WorkItem),
    secretaryMeeting: entityLoader(em, SecretaryMeeting),
    /** A problem's measures, a measure's responsibilities, by deadline. */
    workItemsByParent: groupLoader(
      em,
      WorkItem,
      (ids) => ({ parent: { $in: ids } }),
      (item) => item.parent?.id ?? "",
      BY_DEADLINE,
      "byParent",
    ),
    /** The decisions a meeting made, by deadline. */
    workItemsByMeeting: groupLoader(
      em,
      WorkItem,
      (ids) => ({ meeting: { $in: ids } }),
      (item) => item.meeting?.id ?? "",
      BY_DEADLINE,
      "byMeeting",
    ),
    transitionsByWorkItem: groupLoader(
      em,
      WorkItemTransition,
      (ids) => ({ item: { $in: ids } }),
      (step) => step.item.id,
      OLDEST_FIRST,
      "byItem",
    ),
    followUpsByWorkItem: groupLoader(
      em,
      WorkItemFollowUp,
      (ids) => ({ item: { $in: ids } }),
      (note) => note.item.id,
      { orderBy: { on: "asc", createdAt: "asc", id: "asc" } },
      "byItem",
    ),
    escalationsByWorkItem: groupLoader(
      em,
      WorkItemEscalation,
      (ids) => ({ item: { $in: ids } }),
      (row) => row.item.id,
      OLDEST_FIRST,
      "byItem",
    ),
    attendeesByMeeting: groupLoader(
      em,
      SecretaryMeetingAttendee,
      (ids) => ({ meeting: { $in: ids } }),
      (row) => row.meeting.id,
      OLDEST_FIRST,
      "byMeeting",
    ),
  };
}
