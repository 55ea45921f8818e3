import { graphqlEnum } from "@campus/subgraph/data";

export enum ChallengeStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  CLOSED = "CLOSED",
  WITHDRAWN = "WITHDRAWN",
}
graphqlEnum(ChallengeStatus, "ChallengeStatus", {
  description:
    "草稿 / 已发布（揭榜大厅）/ 已截止 / 已撤回: DRAFT → PUBLISHED → CLOSED; DRAFT or PUBLISHED → WITHDRAWN.",
});

export enum ChallengeStep {
  PUBLISH = "PUBLISH",
  CLOSE = "CLOSE",
  WITHDRAW = "WITHDRAW",
}
graphqlEnum(ChallengeStep, "ChallengeStep", { description: "发布 / 截止 / 撤回" });

export enum ClaimStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
graphqlEnum(ClaimStatus, "ClaimStatus", {
  description: "待审 / 已立项 / 未通过: a claim (揭榜申请) waits for the poster's decision.",
});

export enum ClaimDecision {
  APPROVE = "APPROVE",
  REJECT = "REJECT",
}
graphqlEnum(ClaimDecision, "ClaimDecision", { description: "立项 / 不予立项" });
