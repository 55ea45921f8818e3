import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, IsText } from "@campus/subgraph";
import { graphqlEnum } from "@campus/subgraph/data";
import { MAX_SEARCH_LENGTH } from "../person/person.input";

/** Longest roster page; the export reads the whole roster page by page. */
export const MAX_ROSTER_PAGE_SIZE = 100;
/** Highest page number asked for: 10,000 pages of 100 cover any campus. */
export const MAX_ROSTER_PAGE = 10_000;

export enum RosterOrder {
  /** By the name's pinyin (张 after 李), then name and id. */
  PINYIN = "PINYIN",
  /** By student number. */
  NUMBER = "NUMBER",
  /** Most at risk first (the open warnings and cases the caller may see), then by pinyin. */
  RISK = "RISK",
}
graphqlEnum(RosterOrder, "RosterOrder", {
  description: "How a roster is ordered.",
  values: {
    PINYIN: "By the name's pinyin, as a Chinese dictionary orders names (李 before 张), then name.",
    NUMBER: "By student number (学号).",
    RISK: "Most at risk first: the highest open warning level the caller may see (RED, ORANGE, YELLOW), then the number of open warnings and cases; then the rest by pinyin.",
  },
});

/** Which students a roster keeps by what is open about them. */
export enum RosterRisk {
  /** A warning not CLOSED or an assistance case not CLOSED. */
  ANY = "ANY",
  WARNING = "WARNING",
  CASE = "CASE",
}
graphqlEnum(RosterRisk, "RosterRisk", {
  description:
    "Students with something open that the caller may see (as their profile shows it: MENTAL_HEALTH ones only with MENTAL_HEALTH).",
  values: {
    ANY: "有风险: an open warning or an open assistance case.",
    WARNING: "有未关闭的预警: an open warning.",
    CASE: "有未结案的帮扶个案: an open assistance case.",
  },
});

@InputType({
  description:
    "All given conditions must hold. Places (grid, building, branch) are organisation's facts: see Grid/Building/OrgUnit.students.",
})
export class RosterFilter {
  @Field(() => ID, { nullable: true, description: "班级" })
  @IsId()
  classId?: string;

  @Field(() => ID, { nullable: true, description: "学院" })
  @IsId()
  schoolId?: string;

  @Field(() => ID, { nullable: true, description: "书院" })
  @IsId()
  collegeId?: string;

  @Field(() => Int, { nullable: true, description: "年级" })
  @Between(1900, 2200, { integer: true })
  cohort?: number;

  @Field(() => String, {
    nullable: true,
    description: `Part of a name or student number (any position, as in PeopleFilter.search), the start of the name's pinyin ("zhangsan", "zhang san") or its initials ("zs"); at most ${MAX_SEARCH_LENGTH} characters.`,
  })
  @IsText(MAX_SEARCH_LENGTH, { blank: true })
  search?: string;

  @Field(() => RosterRisk, {
    nullable: true,
    description:
      "Only students with something open the caller may see (evaluation's warnings and cases).",
  })
  risk?: RosterRisk;
}

@ArgsType()
export class RosterArgs {
  @Field(() => RosterFilter, { nullable: true })
  filter?: RosterFilter;

  @Field(() => RosterOrder, { defaultValue: RosterOrder.PINYIN })
  orderBy: RosterOrder = RosterOrder.PINYIN;

  @Field(() => Int, {
    defaultValue: 1,
    description: `Page number from 1; at most ${MAX_ROSTER_PAGE}.`,
  })
  @Between(1, MAX_ROSTER_PAGE, { integer: true })
  page: number = 1;

  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_ROSTER_PAGE_SIZE}.` })
  @Between(1, MAX_ROSTER_PAGE_SIZE, { integer: true })
  pageSize: number = 20;
}
