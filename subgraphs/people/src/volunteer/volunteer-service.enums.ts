import { graphqlEnum } from "@campus/subgraph/data";

/** Where a record of volunteer service stands: logged by the member, then decided by the team's leader. */
export enum VolunteerServiceStatus {
  /** 待审核 */
  SUBMITTED = "SUBMITTED",
  /** 已认定 */
  VERIFIED = "VERIFIED",
  /** 未通过 */
  REJECTED = "REJECTED",
}
graphqlEnum(VolunteerServiceStatus, "VolunteerServiceStatus", {
  description: "待审核 / 已认定 / 未通过",
});
