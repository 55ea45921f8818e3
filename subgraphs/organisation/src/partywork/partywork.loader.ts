import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import { today } from "@campus/subgraph";
import { entityLoader, groupLoader, label } from "@campus/subgraph/data";
import { PartyPost } from "./party-post.entity";
import { PartyworkRepository } from "./partywork.repository";
import { ResponsibilityArea, ResponsibilityAreaPlace } from "./responsibility-area.entity";
import {
  VanguardTask,
  VanguardTaskTransition,
  VanguardTeam,
  VanguardTeamMember,
} from "./vanguard-team.entity";

/** Posts by a key the repository pairs them with: two statements for all the keys of a tick. */
function postsBy(
  em: EntityManager,
  rows: (keys: readonly string[], day: string) => Promise<{ id: string; key_id: string }[]>,
): DataLoader<string, PartyPost[]> {
  return new DataLoader(async (keys) => {
    const pairs = await rows(keys, today());
    const posts = pairs.length
      ? await em.find(
          PartyPost,
          { id: { $in: [...new Set(pairs.map((p) => p.id))] } },
          { comments: label("organisation.partyPostById") },
        )
      : [];
    const byId = new Map(posts.map((p) => [p.id, p]));
    const groups = new Map<string, PartyPost[]>(keys.map((key) => [key, []]));
    for (const pair of pairs) {
      const post = byId.get(pair.id);
      if (post) groups.get(pair.key_id)?.push(post);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

const OLDEST_FIRST = { orderBy: { createdAt: "asc", id: "asc" } } as const;

export function partyworkLoaders(em: EntityManager) {
  const repository = new PartyworkRepository(em);
  return {
    partyPost: entityLoader(em, PartyPost),
    vanguardTeam: entityLoader(em, VanguardTeam),
    /** A grid's posts running or ahead, its rooms' included. */
    postsByGrid: postsBy(em, (keys, day) => repository.postsByGrid(keys, day)),
    postsByBranch: postsBy(em, (keys, day) => repository.postsByBranch(keys, day)),
    /** A person's posts, ended ones included, latest start first. */
    postsByHolder: groupLoader(
      em,
      PartyPost,
      (ids) => ({ holderId: { $in: ids } }),
      (post) => post.holderId,
      { orderBy: { startsOn: "desc", id: "asc" } },
      "byHolder",
    ),
    /** A branch's responsibility areas still looked after, by name. */
    areasByBranch: groupLoader(
      em,
      ResponsibilityArea,
      (ids) => ({ branch: { $in: ids }, endedOn: null }),
      (area) => area.branch.id,
      { orderBy: { name: "asc", id: "asc" } },
      "byBranch",
    ),
    placesByArea: groupLoader(
      em,
      ResponsibilityAreaPlace,
      (ids) => ({ area: { $in: ids } }),
      (place) => place.area.id,
      OLDEST_FIRST,
      "byArea",
    ),
    teamsByBranch: groupLoader(
      em,
      VanguardTeam,
      (ids) => ({ branch: { $in: ids } }),
      (team) => team.branch.id,
      { orderBy: { name: "asc", id: "asc" } },
      "byBranch",
    ),
    membersByTeam: groupLoader(
      em,
      VanguardTeamMember,
      (ids) => ({ team: { $in: ids } }),
      (member) => member.team.id,
      OLDEST_FIRST,
      "byTeam",
    ),
    tasksByTeam: groupLoader(
      em,
      VanguardTask,
      (ids) => ({ team: { $in: ids } }),
      (task) => task.team.id,
      OLDEST_FIRST,
      "byTeam",
    ),
    transitionsByTask: groupLoader(
      em,
      VanguardTaskTransition,
      (ids) => ({ task: { $in: ids } }),
      (step) => step.task.id,
      OLDEST_FIRST,
      "byTask",
    ),
  };
}
