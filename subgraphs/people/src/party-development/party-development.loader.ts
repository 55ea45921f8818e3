import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { groupLoader } from "@campus/subgraph/data";
import { PartyDevelopment } from "./party-development.entity";
import { PartySponsor } from "./party-sponsor.entity";
import { PartyTransition } from "./party-transition.entity";
import { ThoughtReport } from "./thought-report.entity";

export function partyDevelopmentLoaders(em: EntityManager) {
  const byDevelopment = (ids: string[]) => ({ development: { $in: ids.filter(isId) } });
  const developmentOf = (row: { development: PartyDevelopment }) => row.development.id;
  const people = groupLoader(
    em,
    PartyDevelopment,
    (personIds) => ({ personId: { $in: personIds.filter(isId) } }),
    (development) => development.personId,
  );
  return {
    /** Each student's development (or none): one query for all the people of a response. */
    partyDevelopmentByPerson: {
      load: async (personId: string) => (await people.load(personId))[0] ?? null,
    },
    partySponsorsByDevelopment: groupLoader(em, PartySponsor, byDevelopment, developmentOf, {
      orderBy: { role: "asc", since: "asc", id: "asc" },
    }),
    partyTransitionsByDevelopment: groupLoader(em, PartyTransition, byDevelopment, developmentOf, {
      orderBy: { effectiveOn: "asc", createdAt: "asc" },
    }),
    thoughtReportsByDevelopment: groupLoader(em, ThoughtReport, byDevelopment, developmentOf, {
      orderBy: { submittedOn: "desc", id: "desc" },
    }),
  };
}
