import { graphqlEnum } from "@campus/subgraph/data";

/** Declared in hierarchy order: PostgreSQL sorts a native enum in this order too. */
export enum OrgUnitKind {
  PARTY_COMMITTEE = "PARTY_COMMITTEE",
  GENERAL_BRANCH = "GENERAL_BRANCH",
  JOINT_BRANCH = "JOINT_BRANCH",
  TEMPORARY_BRANCH = "TEMPORARY_BRANCH",
  SCHOOL = "SCHOOL",
  RESIDENTIAL_COLLEGE = "RESIDENTIAL_COLLEGE",
}
graphqlEnum(OrgUnitKind, "OrgUnitKind", {
  description: "社区党委 / 书院党总支 / 师生联合党支部 / 临时党支部 / 学院 / 书院",
});

/** The kinds that are party branches and so may be responsible for grids (1 branch + N grids). */
export const BRANCH_KINDS: ReadonlySet<OrgUnitKind> = new Set([
  OrgUnitKind.GENERAL_BRANCH,
  OrgUnitKind.JOINT_BRANCH,
  OrgUnitKind.TEMPORARY_BRANCH,
]);

export enum OrgUnitChangeKind {
  CREATED = "CREATED",
  RENAMED = "RENAMED",
  MOVED = "MOVED",
  CLOSED = "CLOSED",
}
graphqlEnum(OrgUnitChangeKind, "OrgUnitChangeKind", {
  description: "成立 / 更名 / 调整隶属 / 撤销",
});

/**
 * The three levels (三级组织架构) and what sits beside them: for each kind, the kinds its parent
 * may be (empty: it stands at the top). Schools and residential colleges stand beside the party
 * organisation; a temporary branch (临时党支部) hangs under the committee or a general branch.
 */
export const PARENT_KINDS: Readonly<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  [OrgUnitKind.PARTY_COMMITTEE]: [],
  [OrgUnitKind.GENERAL_BRANCH]: [OrgUnitKind.PARTY_COMMITTEE],
  [OrgUnitKind.JOINT_BRANCH]: [OrgUnitKind.GENERAL_BRANCH],
  [OrgUnitKind.TEMPORARY_BRANCH]: [OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH],
  [OrgUnitKind.SCHOOL]: [],
  [OrgUnitKind.RESIDENTIAL_COLLEGE]: [],
};
