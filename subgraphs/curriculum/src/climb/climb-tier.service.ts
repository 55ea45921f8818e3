import { badUserInput, forbidden, requiredText, type RequestContext } from "@campus/subgraph";
import { label, selectRows } from "@campus/subgraph/data";
import { LockMode } from "@mikro-orm/postgresql";
import type { Loaders } from "../loaders";
import { organises } from "./organisers";
import { assertKind } from "../person/person-kinds";
import type { Person } from "../person/person.reference";
import { Project, ProjectMember } from "../project/project.entity";
import { CompetitionEntry, CompetitionEntryMember } from "../competition/competition.entity";
import { CompetitionEntryStatus } from "../competition/competition.enums";
import { HabitParticipation } from "../habit/habit.entity";
import { PracticeVisitSignUp } from "../practice-visit/practice-visit.entity";
import { ReflectionStatus } from "../practice-visit/practice-visit.enums";
import { ClimbTier } from "./climb-tier.entity";
import type { SetClimbTierInput } from "./climb-tier.input";
import { FIRST_TIER, tierRefusal } from "./climb-tier.rules";

/**
 * Students' climb-plan tiers (攀登计划层级). Organisers (administrators) place students; moving up
 * passes the rules in climb-tier.rules.ts against the student's projects, competition results,
 * habit goals met and accepted practice-visit reflections, or is refused with
 * BAD_USER_INPUT saying which rule. A student sees their own tier, staff anyone's.
 */
export class ClimbTierService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async set(input: SetClimbTierInput): Promise<ClimbTier> {
    if (!organises(this.ctx))
      throw forbidden("only an organiser (administrator) sets a climb-plan tier");
    const basis = requiredText(input.basis, "input.basis", 1000);
    await assertKind(this.ctx, [{ id: input.personId, field: "input.personId" }], "STUDENT");
    return this.ctx.em.transactional(async (em) => {
      // One placement of a student at a time: the newest row is their tier. The lock is taken in
      // this transaction (selectRows passes its context); on a connection of its own it would be
      // released as soon as taken.
      await selectRows(
        em,
        "curriculum.lockClimbTier",
        "select pg_advisory_xact_lock(hashtext(?))",
        [`climb-tier:${input.personId}`],
      );
      const current = await em.findOne(
        ClimbTier,
        { personId: input.personId },
        { orderBy: { setAt: "desc", id: "desc" }, comments: label("curriculum.currentClimbTier") },
      );
      const memberships = await em.find(
        ProjectMember,
        { personId: input.personId },
        { comments: label("curriculum.tierProjects") },
      );
      const projects = memberships.length
        ? await em.find(
            Project,
            { id: { $in: memberships.map((m) => m.project.id) } },
            { lockMode: LockMode.PESSIMISTIC_READ, comments: label("curriculum.tierProjectFacts") },
          )
        : [];
      const basisProject = input.basisProjectId
        ? projects.find((p) => p.id === input.basisProjectId)
        : null;
      if (input.basisProjectId && !basisProject)
        throw badUserInput(
          "the basis project is not one of this student's projects",
          "input.basisProjectId",
        );
      const entryMemberships = await em.find(
        CompetitionEntryMember,
        { personId: input.personId },
        { comments: label("curriculum.tierEntries") },
      );
      const results = entryMemberships.length
        ? await em.find(
            CompetitionEntry,
            {
              id: { $in: entryMemberships.map((m) => m.entry.id) },
              status: CompetitionEntryStatus.RESULT_RECORDED,
            },
            { lockMode: LockMode.PESSIMISTIC_READ, comments: label("curriculum.tierEntryFacts") },
          )
        : [];
      const habitGoalsMet = await em.count(
        HabitParticipation,
        { personId: input.personId, goalMet: true },
        // A goal met and an accepted reflection are final: nothing to hold while placing.
        { comments: label("curriculum.tierHabitFacts") },
      );
      const acceptedReflections = await em.count(
        PracticeVisitSignUp,
        { personId: input.personId, reflectionStatus: ReflectionStatus.ACCEPTED },
        { comments: label("curriculum.tierReflectionFacts") },
      );
      const refusal = tierRefusal(
        current?.tier ?? FIRST_TIER,
        input.tier,
        projects,
        results.flatMap((e) => (e.result ? [{ entryId: e.id, result: e.result }] : [])),
        { habitGoalsMet, acceptedReflections },
      );
      if (refusal) throw badUserInput(refusal, "input.tier");
      const placed = em.create(ClimbTier, {
        personId: input.personId,
        tier: input.tier,
        basis,
        basisProject: basisProject ?? null,
        setById: this.ctx.caller.personId,
        setAt: new Date(),
      });
      await em.flush();
      return placed;
    });
  }

  /** The student's current tier; null while none was set (they stand on tier 1). */
  async current(person: Person): Promise<ClimbTier | null> {
    const { access, caller } = this.ctx;
    if (!access.isStaff() && !access.hasRole("service") && caller.personId !== person.id)
      throw forbidden("a student's climb-plan tier is seen by the student and staff");
    return (await this.ctx.loaders.climbTierByPerson.load(person.id))[0] ?? null;
  }

  async basisProject(tier: ClimbTier): Promise<Project | null> {
    return tier.basisProject ? this.ctx.loaders.project.load(tier.basisProject.id) : null;
  }
}
