import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  optionalText,
  requiredText,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "../loaders";
import { emitCompetitionAward } from "../outbox/curriculum-events";
import { organises } from "../climb/organisers";
import { assertKind } from "../person/person-kinds";
import type { Person } from "../person/person.reference";
import { ProjectRole } from "../project/project.enums";
import { ProjectMember } from "../project/project.entity";
import { CompetitionEntryStatus, PRIZES } from "./competition.enums";
import {
  Competition,
  CompetitionEntry,
  CompetitionEntryMember,
  CompetitionEntryTransition,
} from "./competition.entity";
import type {
  CreateCompetitionInput,
  EnterCompetitionInput,
  RecordCompetitionResultInput,
  WithdrawCompetitionEntryInput,
} from "./competition.input";
import { assertEntryTransition } from "./competition.workflow";

/** Most entries Person.competitionEntries lists (a student has a handful). */
export const MAX_PERSON_ENTRIES = 100;

async function lockEntry(em: EntityManager, id: string): Promise<CompetitionEntry> {
  const entry = await em.findOne(
    CompetitionEntry,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockEntry"),
    },
  );
  if (!entry) throw notFound("competition entry", id);
  return entry;
}

/**
 * Science and technology competitions (科创竞赛) and students' entries. Organisers (administrators)
 * register competitions; a student team enters with a staff
 * mentor; the mentor, an organiser or an administrator records the result once (a prize reaches
 * every team member's growth record through the outbox and counts for tier 3); the leader, the
 * mentor or an organiser withdraws an entry before its result.
 */
export class CompetitionService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /**
   * Organisers of competitions: administrators, the climb plan's organisers (partner.service's
   * `organises`). The `organiser` role is a party branch's 组织员 (SECURITY.md), scoped to its
   * branches' residents, and is deliberately not one of them.
   */
  organisesCompetitions(): boolean {
    return organises(this.ctx);
  }

  /** Whether the caller records this entry's result: its mentor, an organiser or an administrator. */
  recordsResult(entry: CompetitionEntry): boolean {
    return this.organisesCompetitions() || (this.me !== null && this.me === entry.mentorId);
  }

  async create(input: CreateCompetitionInput): Promise<Competition> {
    if (!this.organisesCompetitions())
      throw forbidden("only an organiser or an administrator registers a competition");
    const name = requiredText(input.name, "input.name", 200);
    const organiser = requiredText(input.organiser, "input.organiser", 200);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const competition = em.create(Competition, {
          name,
          organiser,
          level: input.level,
          year: input.year,
        });
        await em.flush();
        return competition;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "a competition of this name is registered for this year", {
          field: "input.name",
        });
      throw error;
    }
  }

  competitions(args: PageArgs): Promise<Connection<Competition>> {
    return paginateOrdered(this.ctx.em, Competition, {}, args, "year", "desc");
  }

  async enter(input: EnterCompetitionInput): Promise<CompetitionEntry> {
    const title = requiredText(input.title, "input.title", 200);
    const organiser = this.organisesCompetitions();
    if (input.leaderId && !organiser)
      throw forbidden("only an organiser names a team's leader; a student enters as the leader");
    if (!input.leaderId && !this.ctx.access.hasRole("student"))
      throw forbidden("a student enters as the team's leader; an organiser names the leader");
    const leaderId = input.leaderId ?? this.me;
    if (!leaderId) throw forbidden("a team's leader enters it");
    const memberIds = [...new Set(input.memberIds.filter((id) => id !== leaderId))];
    if (memberIds.length !== input.memberIds.length)
      throw badUserInput("each member is named once, the leader not among them", "input.memberIds");
    const competition = await this.ctx.loaders.competition.load(input.competitionId);
    if (!competition) throw notFound("competition", input.competitionId);
    await assertKind(
      this.ctx,
      [
        { id: leaderId, field: "input.leaderId" },
        ...memberIds.map((id, i) => ({ id, field: `input.memberIds.${i}` })),
      ],
      "STUDENT",
    );
    await assertKind(this.ctx, [{ id: input.mentorId, field: "input.mentorId" }], "STAFF");
    return this.ctx.em.transactional(async (em) => {
      let project = null;
      if (input.projectId) {
        const membership = await em.findOne(
          ProjectMember,
          { project: input.projectId, personId: leaderId },
          { populate: ["project"], comments: label("curriculum.entryProject") },
        );
        if (!membership)
          throw badUserInput("the project is not one of the leader's projects", "input.projectId");
        project = membership.project;
      }
      const now = new Date();
      const entry = em.create(CompetitionEntry, {
        competition,
        project,
        title,
        leaderId,
        mentorId: input.mentorId,
        enteredAt: now,
      });
      em.create(CompetitionEntryMember, { entry, personId: leaderId, role: ProjectRole.LEADER });
      for (const personId of memberIds)
        em.create(CompetitionEntryMember, { entry, personId, role: ProjectRole.MEMBER });
      em.create(CompetitionEntryTransition, {
        entry,
        from: null,
        to: CompetitionEntryStatus.ENTERED,
        byId: this.me,
        at: now,
      });
      await em.flush();
      return entry;
    });
  }

  async recordResult(input: RecordCompetitionResultInput): Promise<CompetitionEntry> {
    const note = optionalText(input.note, "input.note", 500);
    return this.ctx.em.transactional(async (em) => {
      const entry = await lockEntry(em, input.entryId);
      if (!this.recordsResult(entry))
        throw forbidden(
          "only the entry's mentor, an organiser or an administrator records its result",
          {
            entryId: entry.id,
          },
        );
      assertEntryTransition(entry.status, CompetitionEntryStatus.RESULT_RECORDED);
      const now = new Date();
      this.transition(em, entry, CompetitionEntryStatus.RESULT_RECORDED, now);
      entry.result = input.result;
      entry.resultNote = note;
      entry.resultById = this.me;
      entry.resultAt = now;
      if (PRIZES.includes(input.result)) {
        const competition = await em.findOneOrFail(
          Competition,
          { id: entry.competition.id },
          { comments: label("curriculum.competitionOfAward") },
        );
        const members = await em.find(
          CompetitionEntryMember,
          { entry: entry.id },
          { comments: label("curriculum.entryMembersToCredit") },
        );
        await emitCompetitionAward(
          em,
          entry,
          competition,
          members.map((m) => m.personId),
          today(now),
        );
      }
      return entry;
    });
  }

  async withdraw(input: WithdrawCompetitionEntryInput): Promise<CompetitionEntry> {
    const note = requiredText(input.note, "input.note", 500);
    return this.ctx.em.transactional(async (em) => {
      const entry = await lockEntry(em, input.entryId);
      if (!this.recordsResult(entry) && this.me !== entry.leaderId)
        throw forbidden("only the entry's leader, its mentor or an organiser withdraws it", {
          entryId: entry.id,
        });
      assertEntryTransition(entry.status, CompetitionEntryStatus.WITHDRAWN);
      this.transition(em, entry, CompetitionEntryStatus.WITHDRAWN, new Date());
      entry.resultNote = note;
      return entry;
    });
  }

  private transition(
    em: EntityManager,
    entry: CompetitionEntry,
    to: CompetitionEntryStatus,
    at: Date,
  ): void {
    em.create(CompetitionEntryTransition, { entry, from: entry.status, to, byId: this.me, at });
    entry.status = to;
  }

  async isMember(entry: CompetitionEntry): Promise<boolean> {
    const me = this.me;
    if (!me) return false;
    const members = await this.ctx.loaders.competitionEntryMembers.load(entry.id);
    return members.some((m) => m.personId === me);
  }

  async byId(id: string): Promise<CompetitionEntry> {
    const entry = await this.ctx.loaders.competitionEntry.load(id);
    if (!entry) throw notFound("competition entry", id);
    const { access } = this.ctx;
    if (
      !access.isStaff() &&
      !access.hasRole("service") &&
      !this.recordsResult(entry) &&
      !(await this.isMember(entry))
    )
      throw forbidden("an entry is seen by its team, its mentor, organisers and staff", {
        entryId: id,
      });
    return entry;
  }

  /** The entries a student is on: for the student themselves, organisers and staff. */
  async ofPerson(person: Person): Promise<CompetitionEntry[]> {
    const { access } = this.ctx;
    if (
      !access.isStaff() &&
      !access.hasRole("service") &&
      !this.organisesCompetitions() &&
      this.me !== person.id
    )
      throw forbidden("a student's competition entries are seen by the student and staff");
    const memberships = await this.ctx.loaders.competitionMembershipsByPerson.load(person.id);
    const entries = await Promise.all(
      memberships
        .slice(0, MAX_PERSON_ENTRIES)
        .map((m) => this.ctx.loaders.competitionEntry.load(m.entry.id)),
    );
    return entries
      .filter((e): e is CompetitionEntry => e !== null)
      .sort((a, b) => b.enteredAt.getTime() - a.enteredAt.getTime());
  }

  async competitionOf(entry: CompetitionEntry): Promise<Competition> {
    const competition = await this.ctx.loaders.competition.load(entry.competition.id);
    if (!competition) throw notFound("competition", entry.competition.id);
    return competition;
  }

  members(entry: CompetitionEntry): Promise<CompetitionEntryMember[]> {
    return this.ctx.loaders.competitionEntryMembers.load(entry.id);
  }

  history(entry: CompetitionEntry): Promise<CompetitionEntryTransition[]> {
    return this.ctx.loaders.competitionEntryTransitions.load(entry.id);
  }
}
