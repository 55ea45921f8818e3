import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { HabitCheckIn, HabitParticipation, HabitProject } from "./habit.entity";

export function habitLoaders(em: EntityManager) {
  return {
    habitProject: entityLoader(em, HabitProject),
    /** Each project's participants, first to join first. */
    habitParticipationsByProject: groupLoader(
      em,
      HabitParticipation,
      (ids) => ({ project: { $in: ids.filter(isId) } }),
      (p) => p.project.id,
      { orderBy: { joinedAt: "asc", id: "asc" } },
      "byProject",
    ),
    /** Each person's participations, newest first. */
    habitParticipationsByPerson: groupLoader(
      em,
      HabitParticipation,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (p) => p.personId,
      { orderBy: { joinedAt: "desc", id: "desc" } },
      "byPerson",
    ),
    /** Each participation's check-ins, by day. */
    habitCheckInsByParticipation: groupLoader(
      em,
      HabitCheckIn,
      (ids) => ({ participation: { $in: ids.filter(isId) } }),
      (c) => c.participation.id,
      { orderBy: { day: "asc", id: "asc" } },
      "byParticipation",
    ),
  };
}
