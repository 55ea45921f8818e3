import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
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
import type { Loaders } from "../loaders";
import { emitHabitGoalMet } from "../outbox/curriculum-events";
import { activityOrganiser, runsActivity } from "../climb/organisers";
import type { Person } from "../person/person.reference";
import { HabitCheckIn, HabitParticipation, HabitProject } from "./habit.entity";
import type { HabitKind } from "./habit.enums";
import type {
  CheckInHabitInput,
  CreateHabitProjectInput,
  HabitProjectIdInput,
  RecordHabitResultInput,
} from "./habit.input";
import { goalMet, goalRefusal } from "./habit.rules";

/** Most participations Person.habitParticipations lists (a student has a handful a year). */
export const MAX_PERSON_PARTICIPATIONS = 100;

/**
 * Habit projects (攀登计划第一层: 学业学风提升, 体能习惯养成). A member of staff starts one with a period
 * and a goal of check-ins; students join and check in once a day inside the period (the unique
 * constraint on participation and day refuses a second); from the project's last day its organiser
 * (or an administrator) records each participant's result, computed from the check-ins. A goal met
 * reaches the student's growth record through the outbox and counts for tier 2.
 */
export class HabitService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Whether the caller runs this project: its organiser or an administrator. */
  runs(project: HabitProject): boolean {
    return runsActivity(this.ctx, project.organiserId);
  }

  async create(input: CreateHabitProjectInput): Promise<HabitProject> {
    const organiserId = activityOrganiser(
      this.ctx,
      "a habit project is started by a member of staff",
    );
    const title = requiredText(input.title, "input.title", 200);
    const description = requiredText(input.description, "input.description", 2000);
    const audience = optionalText(input.audience, "input.audience", 200);
    const goal = {
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      goalCheckIns: input.goalCheckIns,
      perWeek: input.perWeek ?? null,
    };
    if (input.endsOn < today()) throw badUserInput("the period has ended", "input.endsOn");
    const refusal = goalRefusal(goal);
    if (refusal) throw badUserInput(refusal.message, refusal.field);
    return this.ctx.em.transactional(async (em) => {
      const project = em.create(HabitProject, {
        kind: input.kind,
        title,
        description,
        audience,
        organiserId,
        ...goal,
      });
      await em.flush();
      return project;
    });
  }

  list(args: PageArgs, kind?: HabitKind | null): Promise<Connection<HabitProject>> {
    return paginateOrdered(
      this.ctx.em,
      HabitProject,
      kind ? { kind } : {},
      args,
      "startsOn",
      "desc",
    );
  }

  async byId(id: string): Promise<HabitProject> {
    const project = await this.ctx.loaders.habitProject.load(id);
    if (!project) throw notFound("habit project", id);
    return project;
  }

  async join(input: HabitProjectIdInput): Promise<HabitParticipation> {
    if (!this.ctx.access.hasRole("student") || !this.me)
      throw forbidden("a student joins a habit project");
    const project = await this.byId(input.projectId);
    if (project.endsOn < today())
      throw badUserInput(`this project ended on ${project.endsOn}`, "input.projectId");
    try {
      return await this.ctx.em.transactional(async (em) => {
        const participation = em.create(HabitParticipation, {
          project: em.getReference(HabitProject, project.id),
          personId: this.me ?? "",
        });
        await em.flush();
        return participation;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", "you have already joined this project", {
          field: "input.projectId",
        });
      throw error;
    }
  }

  async checkIn(input: CheckInHabitInput): Promise<HabitCheckIn> {
    if (!this.ctx.access.hasRole("student") || !this.me) throw forbidden("a participant checks in");
    const note = optionalText(input.note, "input.note", 500);
    const project = await this.byId(input.projectId);
    const participation = await this.ctx.em.findOne(
      HabitParticipation,
      { project: project.id, personId: this.me },
      { comments: label("curriculum.ownHabitParticipation") },
    );
    if (!participation) throw forbidden("only the project's participants check in");
    const now = new Date();
    const day = today(now);
    if (day < project.startsOn)
      throw badUserInput(`check-ins open on ${project.startsOn}`, "input.projectId");
    if (day > project.endsOn)
      throw badUserInput(`check-ins closed on ${project.endsOn}`, "input.projectId");
    try {
      return await this.ctx.em.transactional(async (em) => {
        // Under the participation's lock, as recordResult counts: a check-in is either counted in
        // the result or refused, never written after a result that missed it.
        const locked = await lockParticipation(em, participation.id);
        if (locked.goalMet !== null)
          throw badUserInput("the result is recorded; check-ins are closed", "input.projectId");
        const checkIn = em.create(HabitCheckIn, {
          participation: locked,
          day,
          at: now,
          note,
        });
        await em.flush();
        return checkIn;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw codedError("CONFLICT", `you have already checked in today (${day})`, {
          field: "input.projectId",
        });
      throw error;
    }
  }

  async recordResult(input: RecordHabitResultInput): Promise<HabitParticipation> {
    const note = optionalText(input.note, "input.note", 500);
    return this.ctx.em.transactional(async (em) => {
      const participation = await lockParticipation(em, input.participationId);
      const project = await em.findOneOrFail(
        HabitProject,
        { id: participation.project.id },
        { comments: label("curriculum.habitProjectOfResult") },
      );
      if (!this.runs(project))
        throw forbidden("only the project's organiser or an administrator records results", {
          participationId: participation.id,
        });
      const now = new Date();
      if (today(now) < project.endsOn)
        throw badUserInput(
          `results are recorded from the project's last day, ${project.endsOn}`,
          "input.participationId",
        );
      if (participation.goalMet !== null)
        throw badUserInput("this participant's result is recorded", "input.participationId");
      const checkIns = await em.find(
        HabitCheckIn,
        { participation: participation.id },
        { comments: label("curriculum.habitCheckInsOfResult") },
      );
      const days = checkIns.map((c) => c.day);
      participation.goalMet = goalMet(project, days);
      participation.resultCheckIns = days.length;
      participation.resultNote = note;
      participation.resultById = this.me;
      participation.resultAt = now;
      if (participation.goalMet)
        await emitHabitGoalMet(em, project, participation.personId, today(now));
      return participation;
    });
  }

  /**
   * The participants: all of them for the organiser and administrators (and service clients);
   * for other staff, those their duty covers (a counselor their students), as for any list of
   * students (SECURITY.md: no directory).
   */
  async participants(project: HabitProject): Promise<HabitParticipation[]> {
    const { access } = this.ctx;
    if (!this.runs(project) && !access.isStaff() && !access.hasRole("service"))
      throw forbidden("a project's participants are seen by its organiser and staff");
    const rows = await this.ctx.loaders.habitParticipationsByProject.load(project.id);
    if (this.runs(project) || access.hasRole("service")) return rows;
    return rows.filter((row) => access.sees(row.personId));
  }

  async participantCount(project: HabitProject): Promise<number> {
    return (await this.ctx.loaders.habitParticipationsByProject.load(project.id)).length;
  }

  async mine(project: HabitProject): Promise<HabitParticipation | null> {
    if (!this.me) return null;
    const own = await this.ctx.loaders.habitParticipationsByPerson.load(this.me);
    return own.find((p) => p.project.id === project.id) ?? null;
  }

  async projectOf(participation: HabitParticipation): Promise<HabitProject> {
    return this.byId(participation.project.id);
  }

  checkIns(participation: HabitParticipation): Promise<HabitCheckIn[]> {
    return this.ctx.loaders.habitCheckInsByParticipation.load(participation.id);
  }

  /** The student's participations, newest first: the student themselves and staff whose duty covers them. */
  async ofPerson(person: Person): Promise<HabitParticipation[]> {
    const { access } = this.ctx;
    if (!access.hasRole("service") && !access.sees(person.id))
      throw forbidden(
        "a student's habit projects are seen by the student and staff whose duty covers them",
      );
    const rows = await this.ctx.loaders.habitParticipationsByPerson.load(person.id);
    return rows.slice(0, MAX_PERSON_PARTICIPATIONS);
  }
}

async function lockParticipation(em: EntityManager, id: string): Promise<HabitParticipation> {
  const participation = await em.findOne(
    HabitParticipation,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockHabitParticipation"),
    },
  );
  if (!participation) throw notFound("habit participation", id);
  return participation;
}
