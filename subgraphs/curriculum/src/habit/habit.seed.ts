import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { campusDayStart } from "@campus/subgraph";
import { emitHabitGoalMet } from "../outbox/curriculum-events";
import { HabitCheckIn, HabitParticipation, HabitProject } from "./habit.entity";
import { HabitKind } from "./habit.enums";
import { goalMet } from "./habit.rules";

/**
 * Habit projects with their participants and check-ins, as HabitService writes them: a result is
 * recorded by the organiser from the project's last day, goal met computed from the check-ins by
 * the service's rule, a goal met's growth event through the outbox.
 */
export async function seedHabitProjects(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.habitProjects ?? []) {
    const project = em.create(HabitProject, {
      id: row.id,
      kind: row.kind as HabitKind,
      title: row.title,
      description: row.description,
      goalCheckIns: row.goalCheckIns,
      perWeek: row.perWeek,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      audience: row.audience,
      organiserId: row.organiserId,
    });
    const joinedAt = new Date(campusDayStart(row.startsOn).getTime() - 86_400_000);
    for (const seed of row.participants) {
      const days = seed.days.filter((d) => d >= row.startsOn && d <= row.endsOn);
      const recordedAt = new Date(campusDayStart(row.endsOn).getTime() + 20 * 3_600_000);
      const met = seed.recorded ? goalMet(project, days) : null;
      const participation = em.create(HabitParticipation, {
        id: seed.id,
        project,
        personId: seed.personId,
        joinedAt,
        goalMet: met,
        resultCheckIns: seed.recorded ? days.length : null,
        resultNote: seed.recorded ? seed.resultNote : null,
        resultById: seed.recorded ? row.organiserId : null,
        resultAt: seed.recorded ? recordedAt : null,
      });
      for (const day of days)
        em.create(HabitCheckIn, {
          participation,
          day,
          at: new Date(campusDayStart(day).getTime() + 7 * 3_600_000),
        });
      if (met) {
        await em.flush();
        await em.transactional((tx) => emitHabitGoalMet(tx, project, seed.personId, row.endsOn));
      }
    }
  }
}
