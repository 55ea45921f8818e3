import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { Milestone, MilestoneSubmission } from "./milestone.entity";
import { Project, ProjectMember, ProjectTransition } from "./project.entity";

export function projectLoaders(em: EntityManager) {
  return {
    project: entityLoader(em, Project),
    milestone: entityLoader(em, Milestone),
    /** The project an approved claim became (at most one). */
    projectByClaim: groupLoader(
      em,
      Project,
      (ids) => ({ claim: { $in: ids.filter(isId) } }),
      (project) => project.claim.id,
      {},
      "byClaim",
    ),
    /** Each project's team, leader first. */
    projectMembers: groupLoader(
      em,
      ProjectMember,
      (ids) => ({ project: { $in: ids.filter(isId) } }),
      (member) => member.project.id,
      { orderBy: { role: "asc", createdAt: "asc", id: "asc" } },
      "byProject",
    ),
    /** The projects each person is on. */
    projectMembershipsByPerson: groupLoader(
      em,
      ProjectMember,
      (ids) => ({ personId: { $in: ids.filter(isId) } }),
      (member) => member.personId,
      {},
      "byPerson",
    ),
    milestonesByProject: groupLoader(
      em,
      Milestone,
      (ids) => ({ project: { $in: ids.filter(isId) } }),
      (milestone) => milestone.project.id,
      { orderBy: { dueOn: "asc", id: "asc" } },
      "byProject",
    ),
    milestoneSubmissions: groupLoader(
      em,
      MilestoneSubmission,
      (ids) => ({ milestone: { $in: ids.filter(isId) } }),
      (submission) => submission.milestone.id,
      { orderBy: { submittedAt: "asc", id: "asc" } },
      "byMilestone",
    ),
    projectTransitions: groupLoader(
      em,
      ProjectTransition,
      (ids) => ({ project: { $in: ids.filter(isId) } }),
      (transition) => transition.project.id,
      { orderBy: { at: "asc", id: "asc" } },
      "byProject",
    ),
  };
}
