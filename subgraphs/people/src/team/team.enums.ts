import { graphqlEnum } from "@campus/subgraph/data";

/** What kind of team (队伍) it is. */
export enum TeamKind {
  /** 志愿服务团, e.g. 星航志愿服务团 */
  VOLUNTEER_CORPS = "VOLUNTEER_CORPS",
  /** 宣讲团, e.g. 西迁精神宣讲团 */
  LECTURE_GROUP = "LECTURE_GROUP",
  /** 学生自管会 */
  SELF_GOVERNANCE = "SELF_GOVERNANCE",
  /** 班委 */
  CLASS_COMMITTEE = "CLASS_COMMITTEE",
  /** 学生组织 (社团等) */
  STUDENT_ORGANISATION = "STUDENT_ORGANISATION",
}
graphqlEnum(TeamKind, "TeamKind", {
  description: "志愿服务团 / 宣讲团 / 学生自管会 / 班委 / 学生组织",
});

/** A member's part in the team; the leader is the team's own (Team.leader). */
export enum TeamRole {
  /** 骨干 */
  CADRE = "CADRE",
  /** 成员 */
  MEMBER = "MEMBER",
}
graphqlEnum(TeamRole, "TeamRole", { description: "骨干 / 成员" });
