import {
  badUserInput,
  cleanText,
  forbidden,
  notFound,
  requiredText,
  type RequestContext,
} from "@campus/subgraph";
import { label, paginateOrdered, type Connection, type PageArgs } from "@campus/subgraph/data";
import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Loaders } from "../loaders";
import { organises } from "../climb/organisers";
import { Milestone, MilestoneSubmission } from "./milestone.entity";
import { MilestoneStatus, ProjectStatus, ReviewVerdict } from "./project.enums";
import { ProjectMember, type Project } from "./project.entity";
import type {
  AddMilestoneInput,
  ReviewMilestoneInput,
  SubmitMilestoneInput,
} from "./project.input";
import { lockProject, ProjectService } from "./project.service";
import { AFTER_REVIEW, SUBMITTABLE } from "./project.workflow";

/** Most milestones one project has. */
export const MAX_MILESTONES = 30;
/** Most submissions one milestone takes (work returned and submitted again). */
export const MAX_SUBMISSIONS = 20;

/**
 * Milestones of a project: the mentor (or an organiser) sets them, a team member submits work,
 * the mentor accepts it or returns it with a note. Each changes the milestone under the project's
 * lock, and only while the project is ACTIVE.
 */
export class MilestoneService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  private assertActive(project: Project): void {
    if (project.status !== ProjectStatus.ACTIVE)
      throw badUserInput(
        `this project is ${project.status}; its milestones no longer change`,
        "projectId",
      );
  }

  /** The milestone and its project, both locked. */
  private async lock(em: EntityManager, milestoneId: string): Promise<[Milestone, Project]> {
    const found = await this.ctx.loaders.milestone.load(milestoneId);
    if (!found) throw notFound("milestone", milestoneId);
    const project = await lockProject(em, found.project.id);
    const milestone = await em.findOneOrFail(
      Milestone,
      { id: milestoneId },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("curriculum.lockMilestone"),
      },
    );
    return [milestone, project];
  }

  async add(input: AddMilestoneInput): Promise<Milestone> {
    const title = requiredText(input.title, "input.title", 200);
    return this.ctx.em.transactional(async (em) => {
      const project = await lockProject(em, input.projectId);
      if (!new ProjectService(this.ctx).mentors(project))
        throw forbidden("only the project's mentor or an organiser sets its milestones", {
          projectId: project.id,
        });
      this.assertActive(project);
      if ((await em.count(Milestone, { project: project.id })) >= MAX_MILESTONES)
        throw badUserInput(`a project has at most ${MAX_MILESTONES} milestones`, "input.projectId");
      const milestone = em.create(Milestone, { project, title, dueOn: input.dueOn });
      await em.flush();
      return milestone;
    });
  }

  async submit(input: SubmitMilestoneInput): Promise<Milestone> {
    const content = requiredText(input.content, "input.content", 4000);
    const me = this.me;
    return this.ctx.em.transactional(async (em) => {
      const [milestone, project] = await this.lock(em, input.milestoneId);
      const onTeam =
        me !== null && (await em.count(ProjectMember, { project: project.id, personId: me })) > 0;
      if (!onTeam || me === null)
        throw forbidden("only the project's team submits work for its milestones", {
          projectId: project.id,
        });
      this.assertActive(project);
      if (!SUBMITTABLE.includes(milestone.status))
        throw badUserInput(
          `this milestone is ${milestone.status}; work is submitted when it is OPEN or RETURNED`,
          "input.milestoneId",
        );
      if ((await em.count(MilestoneSubmission, { milestone: milestone.id })) >= MAX_SUBMISSIONS)
        throw badUserInput(
          `a milestone takes at most ${MAX_SUBMISSIONS} submissions`,
          "input.milestoneId",
        );
      const now = new Date();
      em.create(MilestoneSubmission, { milestone, content, submittedById: me, submittedAt: now });
      milestone.status = MilestoneStatus.SUBMITTED;
      milestone.submittedAt = now;
      return milestone;
    });
  }

  async review(input: ReviewMilestoneInput): Promise<Milestone> {
    const note = cleanText(input.note);
    if (input.verdict === ReviewVerdict.RETURN && !note)
      throw badUserInput("returning work needs a note saying what to change", "input.note");
    return this.ctx.em.transactional(async (em) => {
      const [milestone, project] = await this.lock(em, input.milestoneId);
      if (!new ProjectService(this.ctx).mentors(project))
        throw forbidden("only the project's mentor or an organiser reviews its milestones", {
          projectId: project.id,
        });
      this.assertActive(project);
      if (milestone.status !== MilestoneStatus.SUBMITTED)
        throw badUserInput(
          `this milestone is ${milestone.status}; only submitted work is reviewed`,
          "input.milestoneId",
        );
      const latest = await em.findOneOrFail(
        MilestoneSubmission,
        { milestone: milestone.id, verdict: null },
        { orderBy: { submittedAt: "desc" }, comments: label("curriculum.submissionToReview") },
      );
      latest.verdict = input.verdict;
      latest.reviewedById = this.me;
      latest.reviewedAt = new Date();
      latest.reviewNote = note;
      milestone.status = AFTER_REVIEW[input.verdict];
      return milestone;
    });
  }

  /** Submitted work awaiting the caller's review (every project's for an organiser), oldest first. */
  queue(args: PageArgs): Promise<Connection<Milestone>> {
    const me = this.me;
    const where = organises(this.ctx)
      ? { status: MilestoneStatus.SUBMITTED }
      : {
          status: MilestoneStatus.SUBMITTED,
          project: { mentorId: me ?? "00000000-0000-0000-0000-000000000000" },
        };
    return paginateOrdered(this.ctx.em, Milestone, where, args, "submittedAt", "asc");
  }
}
