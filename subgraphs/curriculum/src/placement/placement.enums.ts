import { graphqlEnum } from "@campus/subgraph/data";

export enum PlacementKind {
  RESEARCH_TEAM = "RESEARCH_TEAM",
  INTERNSHIP = "INTERNSHIP",
}
graphqlEnum(PlacementKind, "PlacementKind", {
  description: "进入院士、领军团队 (RESEARCH_TEAM) / 企事业单位长期实习 (INTERNSHIP).",
});

export enum PlacementStatus {
  PROPOSED = "PROPOSED",
  RECOMMENDED = "RECOMMENDED",
  ACCEPTED = "ACCEPTED",
  EVALUATED = "EVALUATED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
}
graphqlEnum(PlacementStatus, "PlacementStatus", {
  description:
    "已申请 / 学院已推荐 / 已接收 / 已评价 / 未接收 / 已撤回: PROPOSED → RECOMMENDED → ACCEPTED → EVALUATED; DECLINED from RECOMMENDED; WITHDRAWN before ACCEPTED.",
});

export enum PlacementPhase {
  UPCOMING = "UPCOMING",
  ONGOING = "ONGOING",
  ENDED = "ENDED",
}
graphqlEnum(PlacementPhase, "PlacementPhase", {
  description: "未开始 / 进行中 / 已结束, from the period's dates and today's campus date.",
});

export enum PlacementGrade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  PASS = "PASS",
  FAIL = "FAIL",
}
graphqlEnum(PlacementGrade, "PlacementGrade", {
  description: "优秀 / 良好 / 合格 / 不合格: the supervisor's evaluation at the end.",
});

/** The phase of a period on the campus date `today` (both ends are days of the placement). */
export function phaseOf(startsOn: string, endsOn: string, today: string): PlacementPhase {
  if (today < startsOn) return PlacementPhase.UPCOMING;
  if (today > endsOn) return PlacementPhase.ENDED;
  return PlacementPhase.ONGOING;
}
