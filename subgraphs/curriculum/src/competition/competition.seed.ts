import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { emitCompetitionAward } from "../outbox/curriculum-events";
import { AwardLevel, ProjectRole } from "../project/project.enums";
import { Project } from "../project/project.entity";
import { CompetitionEntryStatus, CompetitionResult, PRIZES } from "./competition.enums";
import {
  Competition,
  CompetitionEntry,
  CompetitionEntryMember,
  CompetitionEntryTransition,
} from "./competition.entity";

/** When the seed's competition facts happened: a fixed day, so a reseed writes the same rows. */
const ENTERED_AT = new Date("2026-10-10T02:00:00.000Z");
const RESULT_AT = new Date("2026-11-20T02:00:00.000Z");

/**
 * Competitions and entries, written with the history the service writes (the entry, the result
 * by the mentor); a prize's growth events go through the outbox as CompetitionService's would.
 */
export async function seedCompetitions(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.competitions ?? []) {
    const competition = em.create(Competition, {
      id: row.id,
      name: row.name,
      organiser: row.organiser,
      level: row.level as AwardLevel,
      year: row.year,
    });
    for (const seed of row.entries) {
      const result = seed.result as CompetitionResult | null;
      const entry = em.create(CompetitionEntry, {
        id: seed.id,
        competition,
        project: seed.projectId ? em.getReference(Project, seed.projectId) : null,
        title: seed.title,
        leaderId: seed.leaderId,
        mentorId: seed.mentorId,
        enteredAt: ENTERED_AT,
        status: result ? CompetitionEntryStatus.RESULT_RECORDED : CompetitionEntryStatus.ENTERED,
        result,
        resultNote: seed.resultNote,
        resultById: result ? seed.mentorId : null,
        resultAt: result ? RESULT_AT : null,
      });
      em.create(CompetitionEntryMember, {
        entry,
        personId: seed.leaderId,
        role: ProjectRole.LEADER,
      });
      for (const personId of seed.memberIds)
        em.create(CompetitionEntryMember, { entry, personId, role: ProjectRole.MEMBER });
      em.create(CompetitionEntryTransition, {
        entry,
        to: CompetitionEntryStatus.ENTERED,
        byId: seed.leaderId,
        at: ENTERED_AT,
      });
      if (!result) continue;
      em.create(CompetitionEntryTransition, {
        entry,
        from: CompetitionEntryStatus.ENTERED,
        to: CompetitionEntryStatus.RESULT_RECORDED,
        byId: seed.mentorId,
        at: RESULT_AT,
      });
      if (PRIZES.includes(result)) {
        await em.flush();
        await em.transactional((tx) =>
          emitCompetitionAward(
            tx,
            entry,
            competition,
            [seed.leaderId, ...seed.memberIds],
            RESULT_AT.toISOString().slice(0, 10),
          ),
        );
      }
    }
  }
}
