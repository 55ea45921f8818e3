import { graphqlEnum } from "@campus/subgraph/data";

/** Students' posts in the residential self-governance (学生自管会), in a grid or a room. */
export enum GovernancePostKind {
  /** 楼层长: a floor's (a grid's) head. */
  FLOOR_HEAD = "FLOOR_HEAD",
  /** 宿舍长: a room's head. */
  DORM_HEAD = "DORM_HEAD",
  /** 安全员: a grid's safety officer (fire and electricity checks are made floor by floor). */
  SAFETY_OFFICER = "SAFETY_OFFICER",
}
graphqlEnum(GovernancePostKind, "GovernancePostKind", {
  description:
    "学生自治岗位: 楼层长 (FLOOR_HEAD, a grid), 宿舍长 (DORM_HEAD, a room), 安全员 (SAFETY_OFFICER, a grid).",
});

/** Where each kind of post is held: a grid or a room. */
export const PLACE_OF: Readonly<Record<GovernancePostKind, "GRID" | "ROOM">> = {
  [GovernancePostKind.FLOOR_HEAD]: "GRID",
  [GovernancePostKind.DORM_HEAD]: "ROOM",
  [GovernancePostKind.SAFETY_OFFICER]: "GRID",
};
