import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader, groupPageLoader } from "@campus/subgraph/data";
import { Enrolment } from "./enrolment.entity";
import type { EnrolmentCounts, EnrolmentRepository } from "./enrolment.repository";

export type { EnrolmentCounts } from "./enrolment.repository";

/** Counts per session and status, for any number of sessions, in one GROUP BY statement. */
function countLoader(em: EntityManager): DataLoader<string, EnrolmentCounts> {
  return new DataLoader(async (sessionIds) => {
    const ids = sessionIds.filter(isId);
    const counts = ids.length
      ? await em.getRepository<Enrolment, EnrolmentRepository>(Enrolment).countsBySession(ids)
      : new Map<string, EnrolmentCounts>();
    return sessionIds.map((id) => counts.get(id) ?? { enrolled: 0, waiting: 0, cancelled: 0 });
  });
}

/** Each session's waiting list as enrolment id → place (1 = next), for any number of sessions in one statement. */
function waitingLoader(em: EntityManager): DataLoader<string, Map<string, number>> {
  return new DataLoader(async (sessionIds) => {
    const ids = sessionIds.filter(isId);
    const positions = ids.length
      ? await em.getRepository<Enrolment, EnrolmentRepository>(Enrolment).waitingPositions(ids)
      : new Map<string, number>();
    // One map for all: enrolment ids are unique across sessions.
    return sessionIds.map(() => positions);
  });
}

export function enrolmentLoaders(em: EntityManager) {
  return {
    enrolment: entityLoader(em, Enrolment),
    /**
     * A person's enrolments, newest session first, each with its session and course joined in:
     * one query for all the people of a response, where a session and a course loader after it
     * would be two more (EnrolmentService.forPerson primes those loaders with them).
     */
    enrolmentsByPerson: groupLoader(
      em,
      Enrolment,
      (personIds) => ({ personId: { $in: personIds.filter(isId) } }),
      (enrolment) => enrolment.personId,
      {
        populate: ["session.course"],
        strategy: "joined",
        orderBy: { session: { startsAt: "desc" }, enrolledAt: "desc", id: "desc" },
      },
      "byPerson",
    ),
    enrolmentCounts: countLoader(em),
    waitingPositions: waitingLoader(em),
    /** Pages of each session's enrolments in (enrolledAt, id) order, for all the sessions of a response at once. */
    enrolmentPage: groupPageLoader(em, Enrolment, "session", "enrolledAt", "asc"),
  };
}
