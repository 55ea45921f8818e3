import {
  badUserInput,
  forbidden,
  notFound,
  requiredText,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Challenge } from "../challenge/challenge.entity";
import { ChallengeService } from "../challenge/challenge.service";
import type { Loaders } from "../loaders";
import { emitProjectConcluded } from "../outbox/curriculum-events";
import { organises } from "../climb/organisers";
import type { Person } from "../person/person.reference";
import { Milestone, type MilestoneSubmission } from "./milestone.entity";
import { ProjectStatus } from "./project.enums";
import { Project, ProjectMember, ProjectTransition } from "./project.entity";
import type { AbandonProjectInput, ConcludeProjectInput } from "./project.input";
import { assertProjectTransition, milestonesRefusal, outcomeRefusal } from "./project.workflow";

/** The project, locked until the transaction ends: its status and milestones change one at a time. */
export async function lockProject(em: EntityManager, id: string): Promise<Project> {
  const project = await em.findOne(
    Project,
    { id },
    {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      comments: label("curriculum.lockProject"),
    },
  );
  if (!project) throw notFound("project", id);
  return project;
}

/** Most projects Person.projects lists (a student has a handful). */
export const MAX_PERSON_PROJECTS = 100;

/**
 * Projects (立项 → 结题): who sees them and how they end. The mentor (or an organiser) concludes
 * a project once every milestone is accepted; the mentor, the team's leader or an organiser
 * abandons it. Each change is a ProjectTransition; a conclusion reaches every team member's growth
 * record through the outbox, in the same transaction.
 */
export class ProjectService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  /** Whether the caller guides the project: its mentor or an organiser. */
  mentors(project: Project): boolean {
    return organises(this.ctx) || (this.me !== null && this.me === project.mentorId);
  }

  async isMember(project: Project): Promise<boolean> {
    const me = this.me;
    if (!me) return false;
    const members = await this.ctx.loaders.projectMembers.load(project.id);
    return members.some((m) => m.personId === me);
  }

  /** Staff, the team, and those who run its challenge (its partner's contacts) see a project. */
  async sees(project: Project): Promise<boolean> {
    if (this.ctx.access.isStaff() || this.ctx.access.hasRole("service")) return true;
    if (project.mentorId === this.me || (await this.isMember(project))) return true;
    const challenge = await this.ctx.loaders.challenge.load(project.challenge.id);
    return challenge !== null && new ChallengeService(this.ctx).runs(challenge);
  }

  async byId(id: string): Promise<Project> {
    const project = await this.ctx.loaders.project.load(id);
    if (!project) throw notFound("project", id);
    if (!(await this.sees(project)))
      throw forbidden(
        "a project is seen by its team, its mentor, its challenge's poster and staff",
        {
          projectId: id,
        },
      );
    return project;
  }

  /** The projects the caller is on or mentors, newest first. */
  async mine(args: PageArgs): Promise<Connection<Project>> {
    const me = this.me;
    if (!me)
      return paginateOrdered(this.ctx.em, Project, { id: { $in: [] } }, args, "startedAt", "desc");
    const on = await this.ctx.loaders.projectMembershipsByPerson.load(me);
    return paginateOrdered(
      this.ctx.em,
      Project,
      { $or: [{ mentorId: me }, { id: { $in: on.map((m) => m.project.id) } }] },
      args,
      "startedAt",
      "desc",
    );
  }

  /** The projects a student is on: for the student themselves and staff. */
  async ofPerson(person: Person): Promise<Project[]> {
    const { access } = this.ctx;
    if (!access.isStaff() && !access.hasRole("service") && this.me !== person.id)
      throw forbidden("a student's projects are seen by the student and staff");
    const memberships = await this.ctx.loaders.projectMembershipsByPerson.load(person.id);
    const projects = await Promise.all(
      memberships
        .slice(0, MAX_PERSON_PROJECTS)
        .map((m) => this.ctx.loaders.project.load(m.project.id)),
    );
    return projects
      .filter((p): p is Project => p !== null)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  }

  async conclude(input: ConcludeProjectInput): Promise<Project> {
    const awardLevel = input.awardLevel ?? null;
    const refusal = outcomeRefusal(input.outcome, awardLevel);
    if (refusal) throw badUserInput(refusal.message, refusal.field);
    const note = requiredText(input.note, "input.note");
    return this.ctx.em.transactional(async (em) => {
      const project = await lockProject(em, input.projectId);
      if (!this.mentors(project))
        throw forbidden("only the project's mentor or an organiser concludes it", {
          projectId: project.id,
        });
      assertProjectTransition(project.status, ProjectStatus.CONCLUDED);
      const milestones = await em.find(
        Milestone,
        { project: project.id },
        { comments: label("curriculum.milestonesToConclude") },
      );
      const pending = milestonesRefusal(milestones.map((m) => m.status));
      if (pending) throw badUserInput(pending, "input.projectId");
      const now = new Date();
      this.transition(em, project, ProjectStatus.CONCLUDED, now, note);
      project.outcome = input.outcome;
      project.awardLevel = awardLevel;
      project.outcomeNote = note;
      const members = await em.find(
        ProjectMember,
        { project: project.id },
        { comments: label("curriculum.membersToCredit") },
      );
      await emitProjectConcluded(
        em,
        project,
        members.map((m) => m.personId),
        today(now),
      );
      return project;
    });
  }

  async abandon(input: AbandonProjectInput): Promise<Project> {
    const note = requiredText(input.note, "input.note");
    return this.ctx.em.transactional(async (em) => {
      const project = await lockProject(em, input.projectId);
      if (!this.mentors(project) && this.me !== project.leaderId)
        throw forbidden("only the project's mentor, its leader or an organiser abandons it", {
          projectId: project.id,
        });
      assertProjectTransition(project.status, ProjectStatus.ABANDONED);
      this.transition(em, project, ProjectStatus.ABANDONED, new Date(), note);
      project.outcomeNote = note;
      return project;
    });
  }

  private transition(
    em: EntityManager,
    project: Project,
    to: ProjectStatus,
    at: Date,
    note: string,
  ) {
    em.create(ProjectTransition, { project, from: project.status, to, byId: this.me, at, note });
    project.status = to;
    project.endedAt = at;
  }

  members(project: Project): Promise<ProjectMember[]> {
    return this.ctx.loaders.projectMembers.load(project.id);
  }

  milestones(project: Project): Promise<Milestone[]> {
    return this.ctx.loaders.milestonesByProject.load(project.id);
  }

  history(project: Project): Promise<ProjectTransition[]> {
    return this.ctx.loaders.projectTransitions.load(project.id);
  }

  submissions(milestone: Milestone): Promise<MilestoneSubmission[]> {
    return this.ctx.loaders.milestoneSubmissions.load(milestone.id);
  }

  async challenge(project: Project): Promise<Challenge> {
    const challenge = await this.ctx.loaders.challenge.load(project.challenge.id);
    if (!challenge) throw notFound("challenge", project.challenge.id);
    return challenge;
  }

  async projectOf(milestone: Milestone): Promise<Project> {
    const project = await this.ctx.loaders.project.load(milestone.project.id);
    if (!project) throw notFound("project", milestone.project.id);
    return project;
  }

  person(id: string | null): Person | null {
    return id ? { id } : null;
  }
}
