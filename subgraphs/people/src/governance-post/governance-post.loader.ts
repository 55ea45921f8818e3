import type { EntityManager } from "@mikro-orm/postgresql";
import { isId, today } from "@campus/subgraph";
import { groupLoader } from "@campus/subgraph/data";
import { GovernancePost } from "./governance-post.entity";

/** Posts still held today or ahead: not ended early on or before today, and the term not over. */
function notOver(day: string) {
  return {
    $or: [{ endedOn: null, endsOn: { $gte: day } }, { endedOn: { $gt: day } }],
  };
}

export function governancePostLoaders(em: EntityManager) {
  const order = { orderBy: { kind: "asc", startsOn: "asc", id: "asc" } } as const;
  return {
    /** Each grid's posts held or ahead, its rooms' dorm heads included: one statement for every grid. */
    governancePostsByGrid: groupLoader(
      em,
      GovernancePost,
      (gridIds) => ({ gridId: { $in: gridIds.filter(isId) }, ...notOver(today()) }),
      (post) => post.gridId ?? "",
      order,
      "runningByGrid",
    ),
    /** Each room's posts held or ahead: one statement for every room. */
    governancePostsByRoom: groupLoader(
      em,
      GovernancePost,
      (roomIds) => ({ roomId: { $in: roomIds.filter(isId) }, ...notOver(today()) }),
      (post) => post.roomId ?? "",
      order,
      "runningByRoom",
    ),
    /** Each student's posts, past ones too, latest term first: one statement for every student. */
    governancePostsByHolder: groupLoader(
      em,
      GovernancePost,
      (holderIds) => ({ holderId: { $in: holderIds.filter(isId) } }),
      (post) => post.holderId,
      { orderBy: { startsOn: "desc", id: "asc" } },
      "byHolder",
    ),
  };
}
