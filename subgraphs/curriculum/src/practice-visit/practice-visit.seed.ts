import type { EntityManager } from "@mikro-orm/postgresql";
import type { Dataset } from "@campus/demo-data";
import { PartnerOrganisation } from "../partner/partner.entity";
import {
  PracticeReflectionTransition,
  PracticeVisit,
  PracticeVisitSignUp,
} from "./practice-visit.entity";
import { ReflectionStatus } from "./practice-visit.enums";

const { NOT_SUBMITTED, SUBMITTED, ACCEPTED, RETURNED } = ReflectionStatus;

/** The transitions the service writes to bring a reflection to `status`: who (student or organiser). */
const PATH: Record<
  ReflectionStatus,
  [ReflectionStatus, ReflectionStatus, "student" | "organiser"][]
> = {
  [NOT_SUBMITTED]: [],
  [SUBMITTED]: [[NOT_SUBMITTED, SUBMITTED, "student"]],
  [ACCEPTED]: [
    [NOT_SUBMITTED, SUBMITTED, "student"],
    [SUBMITTED, ACCEPTED, "organiser"],
  ],
  [RETURNED]: [
    [NOT_SUBMITTED, SUBMITTED, "student"],
    [SUBMITTED, RETURNED, "organiser"],
  ],
};

/** Practice visits, their sign-ups and each reflection with the history the service writes. */
export function seedPracticeVisits(em: EntityManager, data: Dataset): void {
  for (const row of data.practiceVisits ?? []) {
    const startsAt = new Date(row.startsAt);
    const endsAt = new Date(row.endsAt);
    const visit = em.create(PracticeVisit, {
      id: row.id,
      title: row.title,
      hostPartner: row.hostPartnerId
        ? em.getReference(PartnerOrganisation, row.hostPartnerId)
        : null,
      hostName: row.hostName,
      guidingProblem: row.guidingProblem,
      places: row.places,
      startsAt,
      endsAt,
      capacity: row.capacity,
      organiserId: row.organiserId,
    });
    for (const seed of row.signUps) {
      const status = seed.status as ReflectionStatus;
      const signUp = em.create(PracticeVisitSignUp, {
        id: seed.id,
        visit,
        personId: seed.personId,
        signedUpAt: new Date(startsAt.getTime() - 3 * 86_400_000),
        reflection: status === NOT_SUBMITTED ? null : seed.reflection,
        reflectionStatus: status,
        reviewComment: seed.reviewComment,
      });
      PATH[status].forEach(([from, to, by], i) =>
        em.create(PracticeReflectionTransition, {
          signUp,
          from,
          to,
          comment: by === "organiser" ? seed.reviewComment : null,
          byId: by === "organiser" ? row.organiserId : seed.personId,
          at: new Date(endsAt.getTime() + (i + 1) * 86_400_000),
        }),
      );
    }
  }
}
