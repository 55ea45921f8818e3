import { graphqlEnum } from "@campus/subgraph/data";

export enum PersonKind {
  STUDENT = "STUDENT",
  STAFF = "STAFF",
}
graphqlEnum(PersonKind, "PersonKind");

export enum DegreeLevel {
  UNDERGRADUATE = "UNDERGRADUATE",
  MASTER = "MASTER",
  DOCTORAL = "DOCTORAL",
}
graphqlEnum(DegreeLevel, "DegreeLevel", { description: "本科 / 硕士 / 博士" });

/** 政治面貌, in the order of the party development pipeline. */
export enum PoliticalStatus {
  MASSES = "MASSES",
  LEAGUE_MEMBER = "LEAGUE_MEMBER",
  APPLICANT = "APPLICANT",
  ACTIVIST = "ACTIVIST",
  DEVELOPMENT_TARGET = "DEVELOPMENT_TARGET",
  PROBATIONARY_MEMBER = "PROBATIONARY_MEMBER",
  FULL_MEMBER = "FULL_MEMBER",
}
graphqlEnum(PoliticalStatus, "PoliticalStatus", {
  description: "群众 / 共青团员 / 入党申请人 / 入党积极分子 / 发展对象 / 预备党员 / 正式党员",
});
