import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader, selectRows, tableName, uuidArray } from "@campus/subgraph/data";
import { TeamMembership } from "../team/team-membership.entity";
import { Team } from "../team/team.entity";
import { VolunteerService } from "./volunteer-service.entity";
import { VolunteerServiceTransition } from "./volunteer-service-transition.entity";

/** A key of the hours loaders: whose (a person's or a team's id) and which term ("" for all). */
export const hoursKey = (id: string, term: string | null | undefined) => `${id}|${term ?? ""}`;

/**
 * Verified hours per person or per team, in one statement per term asked in a tick: a list of
 * fifty members' totals costs what one costs.
 */
function verifiedHoursLoader(
  em: EntityManager,
  by: "person_id" | "team_id",
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const byTerm = new Map<string, string[]>();
    for (const key of keys) {
      const [id, term] = key.split("|");
      if (!isId(id)) continue;
      byTerm.set(term, [...(byTerm.get(term) ?? []), id]);
    }
    const minutes = new Map<string, number>();
    for (const [term, ids] of byTerm) {
      const rows = await selectRows<{ key: string; minutes: number }>(
        em,
        by === "person_id" ? "people.verifiedHoursByPerson" : "people.verifiedHoursByTeam",
        `select ?? as key, sum(minutes)::int as minutes from ?? where status = 'VERIFIED' and ?? = any(?::uuid[])${term ? " and term = ?" : ""} group by ??`,
        [by, tableName(em, VolunteerService), by, uuidArray(ids), ...(term ? [term] : []), by],
      );
      for (const row of rows) minutes.set(hoursKey(row.key, term), row.minutes);
    }
    return keys.map((key) => Math.round(((minutes.get(key) ?? 0) / 60) * 100) / 100);
  });
}

/**
 * Verified hours of members in their team, by `hoursKey(\`${teamId}:${personId}\`, term)`: one
 * statement per term asked in a tick, however many members a page shows.
 */
function memberHoursLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const byTerm = new Map<string, { teams: string[]; people: string[] }>();
    for (const key of keys) {
      const [pair, term] = key.split("|");
      const [teamId, personId] = pair.split(":");
      if (!isId(teamId) || !isId(personId)) continue;
      const group = byTerm.get(term) ?? { teams: [], people: [] };
      group.teams.push(teamId);
      group.people.push(personId);
      byTerm.set(term, group);
    }
    const minutes = new Map<string, number>();
    for (const [term, { teams, people }] of byTerm) {
      const rows = await selectRows<{ team_id: string; person_id: string; minutes: number }>(
        em,
        "people.verifiedHoursByMembership",
        `select team_id, person_id, sum(minutes)::int as minutes from ?? where status = 'VERIFIED' and team_id = any(?::uuid[]) and person_id = any(?::uuid[])${term ? " and term = ?" : ""} group by team_id, person_id`,
        [
          tableName(em, VolunteerService),
          uuidArray(teams),
          uuidArray(people),
          ...(term ? [term] : []),
        ],
      );
      for (const row of rows)
        minutes.set(hoursKey(`${row.team_id}:${row.person_id}`, term), row.minutes);
    }
    return keys.map((key) => Math.round(((minutes.get(key) ?? 0) / 60) * 100) / 100);
  });
}

export function volunteerLoaders(em: EntityManager) {
  return {
    team: entityLoader(em, Team),
    /** A person's memberships, present and past. */
    teamMembershipsByPerson: groupLoader(
      em,
      TeamMembership,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (m) => m.personId,
      { orderBy: { joinedOn: "asc", id: "asc" } },
      "byPerson",
    ),
    volunteerTransitionsByService: groupLoader(
      em,
      VolunteerServiceTransition,
      (ids) => ({ service: { $in: ids.filter(isId) } }),
      (t) => t.service.id,
      { orderBy: { serviceVersion: "asc" } },
      "byService",
    ),
    /** Verified hours by `hoursKey(personId, term)`. */
    verifiedHoursByPerson: verifiedHoursLoader(em, "person_id"),
    /** A member's verified hours in their team, by `hoursKey(\`${teamId}:${personId}\`, term)`. */
    verifiedHoursByMembership: memberHoursLoader(em),
    /** Verified hours by `hoursKey(teamId, term)`. */
    verifiedHoursByTeam: verifiedHoursLoader(em, "team_id"),
  };
}
