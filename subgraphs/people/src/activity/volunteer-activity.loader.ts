import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import {
  entityLoader,
  groupLoader,
  label,
  selectRows,
  tableName,
  uuidArray,
} from "@campus/subgraph/data";
import { VolunteerService } from "../volunteer/volunteer-service.entity";
import { VolunteerActivity } from "./volunteer-activity.entity";
import { HOLDS_SLOT, VolunteerSignUpState } from "./volunteer-activity.enums";
import { VolunteerSignUp } from "./volunteer-sign-up.entity";

/** How far back a team's list of activities reaches. */
const PAST_DAYS = 120;
/** At most this many activities per team in its list. */
const PER_TEAM = 100;

/** A key of `volunteerSignUpOf`: the activity's and the student's ids. */
export const signUpKey = (activityId: string, personId: string) => `${activityId}:${personId}`;

/**
 * The teams' activities in one statement however many teams a page shows: those not over, soonest
 * first, then those over in the last PAST_DAYS days, latest first.
 */
function activitiesByTeamLoader(em: EntityManager): DataLoader<string, VolunteerActivity[]> {
  return new DataLoader(async (teamIds) => {
    const now = Date.now();
    const rows = await em.find(
      VolunteerActivity,
      {
        team: { $in: teamIds.filter(isId) },
        endsAt: { $gte: new Date(now - PAST_DAYS * 86_400_000) },
      },
      { orderBy: { startsAt: "asc", id: "asc" }, comments: label("people.activitiesByTeam") },
    );
    return teamIds.map((id) => {
      const mine = rows.filter((a) => a.team.id === id);
      const upcoming = mine.filter((a) => a.endsAt.getTime() > now);
      const over = mine.filter((a) => a.endsAt.getTime() <= now).reverse();
      return [...upcoming, ...over].slice(0, PER_TEAM);
    });
  });
}

/** Slots taken per activity (sign-ups not cancelled: HOLDS_SLOT), in one statement. */
function takenLoader(em: EntityManager): DataLoader<string, number> {
  return new DataLoader(async (ids) => {
    const rows = await selectRows<{ activity_id: string; n: number }>(
      em,
      "people.slotsTaken",
      `select activity_id, count(*)::int as n from ?? where activity_id = any(?::uuid[]) and state <> ? group by activity_id`,
      [tableName(em, VolunteerSignUp), uuidArray(ids.filter(isId)), VolunteerSignUpState.CANCELLED],
    );
    const taken = new Map(rows.map((r) => [r.activity_id, r.n]));
    return ids.map((id) => taken.get(id) ?? 0);
  });
}

/** A student's sign-up for an activity (any state), by `signUpKey`, in one statement. */
function signUpOfLoader(em: EntityManager): DataLoader<string, VolunteerSignUp | null> {
  return new DataLoader(async (keys) => {
    const pairs = keys.map((k) => k.split(":"));
    const rows = await em.find(
      VolunteerSignUp,
      {
        activity: { $in: pairs.map(([a]) => a).filter(isId) },
        personId: { $in: pairs.map(([, p]) => p).filter(isId) },
      },
      { comments: label("people.signUpOf") },
    );
    const byKey = new Map(rows.map((r) => [signUpKey(r.activity.id, r.personId), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function volunteerActivityLoaders(em: EntityManager) {
  return {
    volunteerActivity: entityLoader(em, VolunteerActivity),
    volunteerService: entityLoader(em, VolunteerService),
    volunteerActivitiesByTeam: activitiesByTeamLoader(em),
    /** Those who signed up and have not cancelled, first come first. */
    volunteerSignUpsByActivity: groupLoader(
      em,
      VolunteerSignUp,
      (ids) => ({ activity: { $in: ids.filter(isId) }, state: { $in: [...HOLDS_SLOT] } }),
      (s) => s.activity.id,
      { orderBy: { signedUpAt: "asc", id: "asc" } },
      "byActivity",
    ),
    volunteerSlotsTaken: takenLoader(em),
    volunteerSignUpOf: signUpOfLoader(em),
  };
}
