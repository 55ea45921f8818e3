import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import {
  Competition,
  CompetitionEntry,
  CompetitionEntryMember,
  CompetitionEntryTransition,
} from "./competition.entity";

export function competitionLoaders(em: EntityManager) {
  return {
    competition: entityLoader(em, Competition),
    competitionEntry: entityLoader(em, CompetitionEntry),
    /** Each entry's team, leader first. */
    competitionEntryMembers: groupLoader(
      em,
      CompetitionEntryMember,
      (ids) => ({ entry: { $in: ids.filter(isId) } }),
      (member) => member.entry.id,
      { orderBy: { role: "asc", createdAt: "asc", id: "asc" } },
      "byEntry",
    ),
    /** The entries each person is on. */
    competitionMembershipsByPerson: groupLoader(
      em,
      CompetitionEntryMember,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (member) => member.personId,
      {},
      "byPerson",
    ),
    /** Each competition's entries, newest first. */
    competitionEntriesByCompetition: groupLoader(
      em,
      CompetitionEntry,
      (ids) => ({ competition: { $in: ids.filter(isId) } }),
      (entry) => entry.competition.id,
      { orderBy: { enteredAt: "desc", id: "desc" } },
      "byCompetition",
    ),
    competitionEntryTransitions: groupLoader(
      em,
      CompetitionEntryTransition,
      (ids) => ({ entry: { $in: ids.filter(isId) } }),
      (transition) => transition.entry.id,
      { orderBy: { at: "asc", id: "asc" } },
      "byEntry",
    ),
  };
}
