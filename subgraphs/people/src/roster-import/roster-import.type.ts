import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "@campus/subgraph/data";

export enum RosterImportReason {
  MISSING_COLUMN = "MISSING_COLUMN",
  DUPLICATE_COLUMN = "DUPLICATE_COLUMN",
  MISSING_VALUE = "MISSING_VALUE",
  BAD_VALUE = "BAD_VALUE",
  BAD_DATE = "BAD_DATE",
  DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE",
  ALREADY_PRESENT = "ALREADY_PRESENT",
  UNKNOWN_SCHOOL = "UNKNOWN_SCHOOL",
  UNKNOWN_COLLEGE = "UNKNOWN_COLLEGE",
  UNKNOWN_CLASS = "UNKNOWN_CLASS",
  CLASS_NOT_IN_SCHOOL = "CLASS_NOT_IN_SCHOOL",
}
graphqlEnum(RosterImportReason, "RosterImportReason", {
  description: "Why a row (or the header, row 1) of a roster file cannot be imported.",
  values: {
    MISSING_COLUMN: "A required column (学号/工号, 姓名) is not in the header.",
    DUPLICATE_COLUMN: "Two columns of the header mean the same thing.",
    MISSING_VALUE: "A required cell is empty.",
    BAD_VALUE: "The cell's text is not allowed here (too long, wrong characters, unknown level).",
    BAD_DATE: "入学年份 is not a year or a date that exists.",
    DUPLICATE_IN_FILE: "The number is on an earlier row of the same file.",
    ALREADY_PRESENT: "A person with this number already exists.",
    UNKNOWN_SCHOOL: "No school (学院) has this name.",
    UNKNOWN_COLLEGE: "No residential college (书院) has this name.",
    UNKNOWN_CLASS: "No class (班级) has this name.",
    CLASS_NOT_IN_SCHOOL: "The class belongs to another school than the row's 学院.",
  },
});

@ObjectType({ description: "One problem of a roster file, where it is." })
export class RosterImportProblem {
  @Field(() => Int, { description: "Row number in the file (1 is the header)." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The column's header as in the file." })
  column!: string | null;

  @Field(() => RosterImportReason)
  reason!: RosterImportReason;

  @Field(() => String, { nullable: true, description: "The cell's text." })
  value!: string | null;
}

@ObjectType({
  description:
    "What a roster import found and did: nothing is written unless committed, and nothing is committed while any row has a problem.",
})
export class RosterImportReport {
  @Field(() => Boolean, { description: "Whether the rows were written (all of them)." })
  committed!: boolean;

  @Field(() => Int, { description: "Non-blank rows in the file." })
  rowCount!: number;

  @Field(() => Int, { description: "People written: rowCount when committed, else 0." })
  created!: number;

  @Field(() => Int, { description: "Problems in all; `problems` lists the first 1,000." })
  problemCount!: number;

  @Field(() => [RosterImportProblem], {
    description: "By row, then in the order of the file's columns.",
  })
  problems!: RosterImportProblem[];

  @Field(() => [String], { description: "Header columns that were not read (e.g. 性别)." })
  ignoredColumns!: string[];
}
