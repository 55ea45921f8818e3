import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import { Challenge } from "../challenge/challenge.entity";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { Milestone, MilestoneSubmission } from "./milestone.entity";
import { MilestoneService } from "./milestone.service";
import { Project, ProjectMember, ProjectTransition } from "./project.entity";
import {
  AbandonProjectInput,
  AddMilestoneInput,
  ConcludeProjectInput,
  ProjectArgs,
  ReviewMilestoneInput,
  ReviewQueueArgs,
  SubmitMilestoneInput,
} from "./project.input";
import { ProjectService } from "./project.service";

type Ctx = RequestContext<Loaders>;

export const ProjectConnection = ConnectionType(Project, "Project");
export const MilestoneConnection = ConnectionType(Milestone, "Milestone");

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, {
    description:
      "One project: for its team, its mentor, its challenge's poster and partner, and staff.",
  })
  project(@Args(() => ProjectArgs) args: ProjectArgs, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).byId(args.id);
  }

  @Query(() => ProjectConnection, {
    description: "The projects the caller is on or mentors, newest first.",
  })
  myProjects(@Args(() => ReviewQueueArgs) args: ReviewQueueArgs, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).mine(args);
  }

  @Mutation(() => Project, {
    description:
      "The mentor (or an organiser) concludes an ACTIVE project (结题) once every milestone is accepted, with its outcome (an AWARD names its level); each team member's growth record gets it.",
  })
  concludeProject(
    @Arg("input", () => ConcludeProjectInput) input: ConcludeProjectInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ProjectService(ctx).conclude(input);
  }

  @Mutation(() => Project, {
    description:
      "The mentor, the team's leader or an organiser abandons an ACTIVE project, saying why.",
  })
  abandonProject(
    @Arg("input", () => AbandonProjectInput) input: AbandonProjectInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ProjectService(ctx).abandon(input);
  }

  @FieldResolver(() => Challenge)
  challenge(@Root() project: Project, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).challenge(project);
  }

  @FieldResolver(() => Person, { description: "The staff mentor (指导教师)." })
  mentor(@Root() project: Project): Person {
    return { id: project.mentorId };
  }

  @FieldResolver(() => Person)
  leader(@Root() project: Project): Person {
    return { id: project.leaderId };
  }

  @FieldResolver(() => [ProjectMember], { description: "The team, leader first." })
  members(@Root() project: Project, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).members(project);
  }

  @FieldResolver(() => [Milestone], { description: "Milestones, earliest due first." })
  milestones(@Root() project: Project, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).milestones(project);
  }

  @FieldResolver(() => [ProjectTransition], {
    description: "Every change of status, oldest first.",
  })
  history(@Root() project: Project, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).history(project);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller sets and reviews milestones and concludes it.",
  })
  canMentor(@Root() project: Project, @Ctx() ctx: Ctx): boolean {
    return new ProjectService(ctx).mentors(project);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the caller is on the team (submits work).",
  })
  isOnTeam(@Root() project: Project, @Ctx() ctx: Ctx): Promise<boolean> {
    return new ProjectService(ctx).isMember(project);
  }
}

@Resolver(() => ProjectMember)
export class ProjectMemberResolver {
  @FieldResolver(() => Person)
  person(@Root() member: ProjectMember): Person {
    return { id: member.personId };
  }
}

@Resolver(() => ProjectTransition)
export class ProjectTransitionResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change." })
  by(@Root() transition: ProjectTransition, @Ctx() ctx: Ctx): Person | null {
    return new ProjectService(ctx).person(transition.byId);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Mutation(() => Milestone, {
    description:
      "The mentor (or an organiser) sets a milestone of an ACTIVE project with its due date.",
  })
  addMilestone(@Arg("input", () => AddMilestoneInput) input: AddMilestoneInput, @Ctx() ctx: Ctx) {
    return new MilestoneService(ctx).add(input);
  }

  @Mutation(() => Milestone, {
    description:
      "A team member submits work for an OPEN or RETURNED milestone; it awaits the mentor's review.",
  })
  submitMilestone(
    @Arg("input", () => SubmitMilestoneInput) input: SubmitMilestoneInput,
    @Ctx() ctx: Ctx,
  ) {
    return new MilestoneService(ctx).submit(input);
  }

  @Mutation(() => Milestone, {
    description:
      "The mentor (or an organiser) accepts a SUBMITTED milestone's work or returns it with a note saying what to change.",
  })
  reviewMilestone(
    @Arg("input", () => ReviewMilestoneInput) input: ReviewMilestoneInput,
    @Ctx() ctx: Ctx,
  ) {
    return new MilestoneService(ctx).review(input);
  }

  @Query(() => MilestoneConnection, {
    description:
      "The mentor's review queue: milestones with submitted work awaiting the caller's review (all for an organiser), oldest submission first.",
  })
  milestoneReviewQueue(@Args(() => ReviewQueueArgs) args: ReviewQueueArgs, @Ctx() ctx: Ctx) {
    return new MilestoneService(ctx).queue(args);
  }

  @FieldResolver(() => Project)
  project(@Root() milestone: Milestone, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).projectOf(milestone);
  }

  @FieldResolver(() => [MilestoneSubmission], {
    description: "Submissions with their reviews, oldest first.",
  })
  submissions(@Root() milestone: Milestone, @Ctx() ctx: Ctx) {
    return new ProjectService(ctx).submissions(milestone);
  }
}

@Resolver(() => MilestoneSubmission)
export class MilestoneSubmissionResolver {
  @FieldResolver(() => Person)
  submittedBy(@Root() submission: MilestoneSubmission): Person {
    return { id: submission.submittedById };
  }

  @FieldResolver(() => Person, { nullable: true })
  reviewedBy(@Root() submission: MilestoneSubmission, @Ctx() ctx: Ctx): Person | null {
    return new ProjectService(ctx).person(submission.reviewedById);
  }
}
