import { graphqlEnum } from "@campus/subgraph/data";

export enum PartnerKind {
  ENTERPRISE = "ENTERPRISE",
  INSTITUTION = "INSTITUTION",
  RESEARCH_TEAM = "RESEARCH_TEAM",
}
graphqlEnum(PartnerKind, "PartnerKind", {
  description: "企业 / 事业单位 / 科研团队（院士、领军团队）",
});
